/**
 * Production mode of the publish pipeline: with DEPLOY_HOOK_URL set, a publish POSTs the reasons
 * to the hook (debounced) instead of building here, and the outcome is recorded for editors.
 */
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bootCms, type TestCms } from '../cms/helpers.ts'

let cms: TestCms
let hook: http.Server
const received: unknown[] = []
let answer = 200

beforeAll(async () => {
  hook = http.createServer((req, res) => {
    let body = ''
    req.on('data', (chunk) => (body += chunk))
    req.on('end', () => {
      received.push(JSON.parse(body))
      res.writeHead(answer).end()
    })
  })
  await new Promise<void>((resolve) => hook.listen(0, '127.0.0.1', resolve))
  process.env.DEPLOY_HOOK_URL = `http://127.0.0.1:${(hook.address() as { port: number }).port}/build`
  process.env.SITE_REBUILD_DEBOUNCE_MS = '200'
  // the build lock lives in the builds folder, even when building is the hook's job
  process.env.SITE_BUILDS_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'jxjy-hook-builds-'))
  cms = await bootCms()
  // bootCms turns the job runner off for tests that run jobs by hand; this file is the runner.
  delete process.env.CMS_JOBS_AUTORUN
})

afterAll(async () => {
  await cms?.close()
  await new Promise((resolve) => hook.close(resolve))
  delete process.env.DEPLOY_HOOK_URL
})

const state = () => cms.payload.findGlobal({ slug: 'site-build' as never, overrideAccess: true }) as Promise<Record<string, unknown>>

describe('deploy hook', () => {
  it('is called once for a burst of publishes, with the documents that caused it', async () => {
    const { rebuildQueue } = await import('../../cms/publish/rebuild-jobs.ts')
    for (const n of [1, 2, 3]) {
      await cms.payload.create({
        collection: 'providers',
        data: { name: `部署钩子测试单位${n}`, slug: `hook-provider-${n}`, _status: 'published' },
        overrideAccess: true,
      })
    }
    await rebuildQueue(cms.payload)!.idle()
    expect(received).toEqual([{ reasons: ['providers:hook-provider-1', 'providers:hook-provider-2', 'providers:hook-provider-3'] }])
    expect(await state()).toMatchObject({ status: 'ok' })
  })

  it('records a failing hook for editors', async () => {
    const { rebuildQueue } = await import('../../cms/publish/rebuild-jobs.ts')
    answer = 502
    await cms.payload.create({
      collection: 'providers',
      data: { name: '部署钩子测试单位4', slug: 'hook-provider-4', _status: 'published' },
      overrideAccess: true,
    })
    await rebuildQueue(cms.payload)!.idle()
    expect(await state()).toMatchObject({ status: 'failed', lastError: '调用部署钩子失败：部署钩子返回 HTTP 502' })
  })

  it('does not call it for a draft', async () => {
    const { rebuildQueue } = await import('../../cms/publish/rebuild-jobs.ts')
    const before = received.length
    await cms.payload.create({
      collection: 'providers',
      data: { name: '草稿单位', slug: 'hook-draft', _status: 'draft' },
      overrideAccess: true,
      draft: true,
    })
    expect(await rebuildQueue(cms.payload)!.pending()).toBe(false)
    expect(received.length).toBe(before)
  })
})
