import { describe, expect, it } from 'vitest'
import { corpusSources } from '../../test/lib/site-corpus.ts'
import { noticePage } from './notice-page.ts'
import { richTextLinks } from './richtext-links.ts'
import { indexSiteData } from './site-index.ts'

const site = indexSiteData(await corpusSources('2026-05-30'))
const page = (slug: string) => noticePage(site.noticeById.get(slug)!, site)

describe('noticePage: what a notice’s page shows', () => {
  it('title with its 文号; description: 文号, issuer and the text’s first 80 characters', () => {
    const p = page('wan-ren-she-mi-2021-115')
    expect(p.title).toBe('关于做好2021年全省专业技术人员继续教育工作的通知（皖人社秘〔2021〕115号）')
    expect(p.description).toMatch(/^皖人社秘〔2021〕115号，安徽省人力资源和社会保障厅。为进一步规范我省继续教育管理工作/)
    const excerpt = p.description.slice('皖人社秘〔2021〕115号，安徽省人力资源和社会保障厅。'.length)
    expect(Array.from(excerpt)).toHaveLength(81)
    expect(excerpt.endsWith('…')).toBe(true)
  })

  it('a repealed notice names the notice that repealed it, and is listed as its incoming relation', () => {
    const p = page('wu-ren-she-mi-2025-52')
    expect(p.article.notice.status).toBe('repealed')
    expect(p.article.by?.slug).toBe('wu-ren-she-mi-2025-85')
    expect(p.article.links.incoming.map((l) => [l.kind, l.notice.slug])).toEqual([['repeals', 'wu-ren-she-mi-2025-85']])
    expect(page('wu-ren-she-mi-2025-85').article.by).toBeUndefined()
  })

  it('a notice without a 文号 starts its description with the issuer', () => {
    expect(page('dikuangju-2021-notice').description).toMatch(/^安徽省地质矿产勘查局。/)
  })

  it('carries its forms and attachments; a notice with none gets empty lists, not undefined', () => {
    const yi = page('yi-ren-she-mi-2023-43').article
    expect(yi.forms).toHaveLength(3)
    expect(yi.attachments.map((a) => a.title)).toContain('安庆市专业技术人员继续教育培训项目审批备案表')
    const bare = noticePage({ ...site.noticeById.get('wan-ren-she-mi-2023-66')!, id: 'not-indexed' }, site).article
    expect([bare.forms, bare.links, bare.attachments]).toEqual([[], { outgoing: [], incoming: [] }, []])
    expect(yi.refs).toBe(richTextLinks(site))
  })
})
