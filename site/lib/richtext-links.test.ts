import { describe, expect, it } from 'vitest'
import { richTextLinks } from './richtext-links.ts'
import { indexSiteData } from './site-index.ts'
import type { FaqData, MediaData, NoticeData, ProviderData, TopicData } from './schemas.ts'

const notice = { id: 1, slug: 'wan-2025-1', title: '通知', issuer: '厅', level: 'province', year: 2025, status: 'in-force', attachments: [], contact: [], relations: [], fullText: true, titleSupplied: false, updatedAt: '' } as unknown as NoticeData
const topic = { id: 2, slug: 'shuzi', year: 2026, title: '专题', hours: 30, hotlines: [], updatedAt: '' } as unknown as TopicData
const faq = { id: 3, slug: 'q1', question: '问', answer: {}, category: '类', order: 0, years: [], updatedAt: '' } as unknown as FaqData
const provider = { id: 4, slug: 'yuanqu', name: '园区', variants: [], hotlines: [], updatedAt: '' } as unknown as ProviderData
const media = [
  { id: 5, filename: '流程 图.png', mimeType: 'image/png', width: 640, height: 360, alt: '流程', updatedAt: '' },
  { id: 6, filename: 'a.pdf', mimeType: 'application/pdf', updatedAt: '' },
] as unknown as MediaData[]
const site = indexSiteData({ today: '2026-06-01', notices: [notice], topics: [topic], faqs: [faq], providers: [provider], forms: [], media, guides: [] })

describe('richTextLinks: what rich text refers to, on this site', () => {
  it('gives each linkable collection its page, and nothing for what the site does not have', () => {
    const { page } = richTextLinks(site)
    expect(page('notices', 1)).toBe('/notices/wan-2025-1/')
    expect(page('topics', 2)).toBe('/topics/2026/shuzi/')
    expect(page('faqs', 3)).toBe('/faqs/q1/')
    expect(page('providers', 4)).toBe('/providers/yuanqu/')
    expect(page('notices', 99)).toBeUndefined()
    expect(page('users', 1)).toBeUndefined()
  })

  it('offers only images with a size, from the CMS for the build or as they are for the preview', () => {
    expect([...richTextLinks(site, { mediaBase: 'http://cms.test/api/media/file/' }).images.values()]).toEqual([
      { src: 'http://cms.test/api/media/file/%E6%B5%81%E7%A8%8B%20%E5%9B%BE.png', width: 640, height: 360, alt: '流程' },
    ])
    expect(richTextLinks(site, { mediaBase: '/api/media/file/', direct: true }).images.get(5)).toMatchObject({ src: '/api/media/file/%E6%B5%81%E7%A8%8B%20%E5%9B%BE.png', direct: true })
    expect(richTextLinks(site)).toBe(richTextLinks(site))
  })
})
