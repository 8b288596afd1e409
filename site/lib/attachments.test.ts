import { describe, expect, it } from 'vitest'
import { noticeAttachments } from './attachments.ts'
import { mediaSchema, type MediaData } from './schemas.ts'

const media = (over: Record<string, unknown>): MediaData =>
  mediaSchema.parse({ id: 1, filename: '备案表.xlsx', mimeType: 'application/vnd.ms-excel', filesize: 2048, updatedAt: '2025-01-01T00:00:00.000Z', ...over })

describe('noticeAttachments: what the notice page lists', () => {
  it('宜人社秘〔2023〕43号 附件1 held as a spreadsheet: a file to download, no image', () => {
    const byId = new Map([[1, media({})]])
    expect(noticeAttachments([{ title: '附件1 备案表', file: 1, note: undefined }], byId, 'http://cms.test')).toEqual([
      { title: '附件1 备案表', note: undefined, file: { filename: '备案表.xlsx', mimeType: 'application/vnd.ms-excel', filesize: 2048, image: undefined } },
    ])
  })

  it('an image with its dimensions is fetched from the CMS, its alt text falling back to the title', () => {
    const byId = new Map([[2, media({ id: 2, filename: '流程 图.png', mimeType: 'image/png', width: 1200, height: 800 })]])
    const [item] = noticeAttachments([{ title: '报名流程', file: 2, note: '见第二步' }], byId, 'http://cms.test')
    expect(item?.file?.image).toEqual({ src: 'http://cms.test/api/media/file/%E6%B5%81%E7%A8%8B%20%E5%9B%BE.png', width: 1200, height: 800, alt: '报名流程' })
    expect(item?.note).toBe('见第二步')
  })

  describe('edge cases', () => {
    it('an attachment without a file, or whose file is not published, is listed by name only', () => {
      const byId = new Map([[3, media({ id: 3, filename: null })]])
      expect(noticeAttachments([{ title: '附件2', file: undefined, note: undefined }, { title: '附件3', file: 9, note: undefined }, { title: '附件4', file: 3, note: undefined }], byId, 'http://cms.test')).toEqual([
        { title: '附件2', note: undefined },
        { title: '附件3', note: undefined },
        { title: '附件4', note: undefined },
      ])
    })

    it('an image without dimensions is a download only', () => {
      const byId = new Map([[4, media({ id: 4, filename: 'a.png', mimeType: 'image/png', alt: '示意图' })]])
      expect(noticeAttachments([{ title: '附件5', file: 4, note: undefined }], byId, 'http://cms.test')[0]?.file?.image).toBeUndefined()
    })
  })
})

describe('noticeAttachments: an attachment whose content is on this site', () => {
  it('阜阳 2025 附件 (109号) keeps its link to the 109号 page', () => {
    const [item] = noticeAttachments([{ title: '《安徽省专业技术人员继续教育学时管理办法》', file: undefined, note: undefined, link: '/notices/wan-ren-she-mi-2025-109/' }], new Map())
    expect(item).toEqual({ title: '《安徽省专业技术人员继续教育学时管理办法》', note: undefined, link: '/notices/wan-ren-she-mi-2025-109/' })
  })
})
