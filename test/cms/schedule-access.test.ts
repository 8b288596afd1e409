/**
 * Only those who may publish schedule or cancel a publish. The admin's 定时发布 drawer calls the
 * `schedule-publish` server function, which queues and deletes `payload-jobs` documents with
 * access overridden; the project registers a guarded version of it in the admin layout.
 */
import fs from 'node:fs'
import path from 'node:path'
import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { schedulePublishForPublishers } from '../../cms/publish/admin/schedule-publish.ts'
import { bootCms, createUser, noticeData, type TestCms, type TestUser } from './helpers.ts'
import { projectRoot } from '../../paths.ts'

let cms: TestCms
let editor: TestUser
let publisher: TestUser
beforeAll(async () => {
  cms = await bootCms()
  editor = await createUser(cms.payload, 'editor')
  publisher = await createUser(cms.payload, 'publisher')
})
afterAll(async () => cms?.close())

const jobs = async () => (await cms.payload.find({ collection: 'payload-jobs', overrideAccess: true, limit: 100 })).docs.map((d) => d.id)

async function callAs(user: TestUser, args: Record<string, unknown>) {
  const req = await createLocalReq({ user: user.doc as never }, cms.payload)
  return schedulePublishForPublishers({ ...args, req } as never)
}

describe('the schedule-publish server function', () => {
  it("an editor can neither cancel a publisher's scheduled publish nor schedule one", async () => {
    const draft = await cms.payload.create({ collection: 'notices', data: { ...noticeData(), _status: 'draft' } as never, draft: true, overrideAccess: true })
    const doc = { relationTo: 'notices', value: draft.id }
    const at = new Date(Date.now() + 3_600_000)
    const scheduled = await callAs(publisher, { type: 'publish', date: at, doc })
    expect(scheduled).not.toHaveProperty('error')
    const [jobId] = await jobs()
    expect(jobId).toBeDefined()

    const cancel = await callAs(editor, { type: 'publish', date: at, doc, deleteID: jobId })
    expect(cancel).toEqual({ error: expect.stringMatching(/审核发布/) })
    expect(await jobs()).toEqual([jobId])

    const own = await callAs(editor, { type: 'publish', date: at, doc })
    expect(own).toEqual({ error: expect.stringMatching(/审核发布/) })
    expect(await jobs()).toEqual([jobId])
  })

  it('a publisher can cancel (the drawer deletes and queues the replacement)', async () => {
    const [jobId] = await jobs()
    expect(jobId).toBeDefined()
    const doc = { relationTo: 'notices', value: 1 }
    const later = new Date(Date.now() + 7_200_000)
    await callAs(publisher, { type: 'publish', date: later, doc, deleteID: jobId })
    const { docs } = await cms.payload.find({ collection: 'payload-jobs', overrideAccess: true })
    // SQLite may reuse the id, so the replacement is told apart by its time
    expect(docs.map((d) => new Date(d.waitUntil as string).getTime())).toEqual([later.getTime()])
  })

  it('is the one the admin uses', () => {
    const layout = fs.readFileSync(path.join(projectRoot, 'cms', 'app', '(payload)', 'layout.tsx'), 'utf8')
    expect(layout).toMatch(/'schedule-publish':\s*schedulePublishForPublishers/)
  })
})
