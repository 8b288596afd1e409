import { describe, expect, it } from 'vitest'
import { noticeLinks } from './relations.ts'
import { noticeSchema, type NoticeData } from './schemas.ts'

const notice = (id: number, slug: string, relations: NoticeData['relations'] = []): NoticeData =>
  noticeSchema.parse({ id, slug, title: slug, issuer: '安徽省人力资源和社会保障厅', level: 'province', year: 2025, status: 'in-force', relations, updatedAt: '2025-01-01T00:00:00.000Z' })

describe('noticeLinks: relations in both directions', () => {
  it('芜人社秘〔2025〕85号 repeals 52号: 85 lists it as outgoing, 52 as incoming', () => {
    const n52 = notice(10, 'wu-ren-she-mi-2025-52')
    const n85 = notice(11, 'wu-ren-she-mi-2025-85', [
      { kind: 'repeals', target: 10, note: '第四部分（一）' },
      { kind: 'implements', target: 99, note: undefined }, // a draft or unpublished notice: left out
    ])
    const links = noticeLinks([n52, n85])
    expect(links.get(11)!.outgoing).toEqual([{ kind: 'repeals', note: '第四部分（一）', notice: n52 }])
    expect(links.get(10)!.incoming).toEqual([{ kind: 'repeals', note: '第四部分（一）', notice: n85 }])
    expect(links.get(10)!.outgoing).toEqual([])
  })
})
