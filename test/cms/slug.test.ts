/**
 * Slugs as editors meet them in the admin: autosave stores a new document before anything is
 * typed, so its first slug is provisional and is suggested again once the year is known.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { isProvisionalSlug } from '../../cms/fields/slug.ts'
import { bootCms, type TestCms } from './helpers.ts'

let cms: TestCms
beforeAll(async () => {
  cms = await bootCms()
})
afterAll(async () => {
  await cms?.close()
})

describe('slugs of new documents', () => {
  it('a document autosaved empty gets a provisional slug, then topic-<year> once the year is in', async () => {
    const draft = await cms.payload.create({ collection: 'topics', data: { title: '（自动保存）' } as never, draft: true, overrideAccess: true })
    expect(draft.slug).toMatch(/^topic(-\d+)?$/)
    // The admin sends the whole form back, provisional slug included.
    const later = await cms.payload.update({
      collection: 'topics',
      id: draft.id,
      data: { year: 2027, title: '量子信息科学前沿', slug: draft.slug } as never,
      draft: true,
      overrideAccess: true,
    })
    expect(later.slug).toBe('topic-2027')
  })

  it('keeps a slug the editor typed', async () => {
    const doc = await cms.payload.create({
      collection: 'topics',
      data: { year: 2027, title: '人工智能', slug: '2027-rengong-zhineng' } as never,
      draft: true,
      overrideAccess: true,
    })
    const later = await cms.payload.update({ collection: 'topics', id: doc.id, data: { year: 2028, slug: doc.slug } as never, draft: true, overrideAccess: true })
    expect(later.slug).toBe('2027-rengong-zhineng')
  })

  it('never changes the slug of a published document', async () => {
    const doc = await cms.payload.create({
      collection: 'topics',
      data: { year: 2026, title: '已发布专题', hours: 30, _status: 'published' } as never,
      overrideAccess: true,
    })
    expect(doc.slug).toBe('topic-2026')
    const later = await cms.payload.update({ collection: 'topics', id: doc.id, data: { year: 2029, slug: doc.slug } as never, overrideAccess: true })
    expect(later.slug).toBe('topic-2026')
  })

  describe('edge cases', () => {
    it('tells provisional slugs from chosen ones', () => {
      expect(isProvisionalSlug('topics', 'topic')).toBe(true)
      expect(isProvisionalSlug('topics', 'topic-7')).toBe(true)
      expect(isProvisionalSlug('topics', 'topic-2027')).toBe(false)
      expect(isProvisionalSlug('notices', 'notice-2021-115')).toBe(false)
      expect(isProvisionalSlug('notices', 'wan-ren-she-mi-2021-115')).toBe(false)
    })
  })
})
