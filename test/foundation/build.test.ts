import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { projectRoot } from '../../paths.ts'

const exec = promisify(execFile)
const root = projectRoot

describe('npm run build', () => {
  it('builds dist/ with its search index, starting the CMS itself when CMS_URL is unset', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jxjy-build-'))
    fs.rmSync(path.join(root, 'dist'), { recursive: true, force: true })
    const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URI: `file:${path.join(dir, 'cms.db')}` }
    delete env.CMS_URL
    const { stderr } = await exec(process.execPath, ['scripts/build-site.ts'], { cwd: root, env, maxBuffer: 64 * 1024 * 1024 })
    expect(stderr).toMatch(/未设置 CMS_URL，正在启动内容管理系统接口/)
    expect(fs.existsSync(path.join(root, 'dist', 'index.html'))).toBe(true)
    expect(fs.existsSync(path.join(root, 'dist', 'pagefind', 'pagefind.js'))).toBe(true)
    expect(fs.readFileSync(path.join(root, 'dist', 'index.html'), 'utf8')).toMatch(/<html lang="zh-CN"/)
    fs.rmSync(dir, { recursive: true, force: true })
  }, 600_000)

  it('fails with a Chinese message naming the CMS when it cannot be reached', async () => {
    const failure = await exec(process.execPath, ['scripts/build-site.ts', '--out-dir', path.join(os.tmpdir(), 'jxjy-unreachable')], {
      cwd: root,
      env: { ...process.env, CMS_URL: 'http://127.0.0.1:9' },
    }).catch((error: { code: number; stderr: string }) => error)
    expect(failure).toMatchObject({ code: 1 })
    expect((failure as { stderr: string }).stderr).toMatch(/无法连接内容管理系统：http:\/\/127\.0\.0\.1:9/)
  }, 600_000)
})
