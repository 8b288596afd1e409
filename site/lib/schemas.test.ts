import { describe, expect, it } from 'vitest'
import { noticeSchema, topicSchema } from './schemas.ts'

describe('schemas read what the CMS REST API returns', () => {
  it('takes the calendar day from Payload dates and ids from populated relations', () => {
    const n = noticeSchema.parse({
      id: 10,
      docNumber: '芜人社秘〔2025〕52号',
      title: '关于做好2025年度全市专业技术人员继续教育工作的通知',
      slug: 'wu-ren-she-mi-2025-52',
      issuer: '芜湖市人力资源和社会保障局',
      level: 'city',
      year: 2025,
      dateIssued: null,
      status: 'repealed',
      statusDate: '2025-06-12T00:00:00.000Z',
      statusBy: { id: 11, title: '…' },
      relations: null,
      attachments: [{ title: '附件1', file: null }],
      updatedAt: '2026-01-01T00:00:00.000Z',
    })
    expect(n.statusDate).toBe('2025-06-12')
    expect(n.statusBy).toBe(11)
    expect(n.dateIssued).toBeUndefined()
    expect(n.relations).toEqual([])
    expect(n.attachments).toEqual([{ title: '附件1', file: undefined, note: undefined }])
  })

  it('gives readable messages', () => {
    const result = noticeSchema.safeParse({ id: 1, slug: 'Bad Slug', title: 'x', issuer: 'y', level: 'county', year: 2025, status: 'in-force', updatedAt: '' })
    expect(result.success).toBe(false)
    const messages = result.error!.issues.map((i) => i.message).join('\n')
    expect(messages).toContain('slug 只能由小写字母、数字和连字符组成')
    expect(messages).toContain('层级应为')
    expect(topicSchema.safeParse({ id: 1, year: 2025, title: 'x', slug: 'x', hours: 30, contractStart: '2025-12-01T00:00:00.000Z', contractEnd: '2025-01-01T00:00:00.000Z', updatedAt: '' }).error?.issues[0]?.message).toBe('合同期结束日期早于开始日期')
  })
})
