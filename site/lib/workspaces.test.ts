import { describe, expect, it } from 'vitest'
import { corpusSources } from '../../test/lib/site-corpus.ts'
import { workspaceSchema, type NoticeData } from './schemas.ts'
import { indexSiteData } from './site-index.ts'
import { holdingsOf, withWorkspaceSlugs, workspaceFacet } from './workspaces.ts'

const site = indexSiteData(await corpusSources('2026-05-30'))
const body = (slug: string) => site.workspaceById.get(slug)!

describe('holdingsOf: what the site holds from one body', () => {
  it('安庆: its notice, its three forms and the FAQs from its notice; nothing of the province', () => {
    const h = holdingsOf(site, body('anqing'))
    expect(h.notices.map((n) => n.slug)).toEqual(['yi-ren-she-mi-2023-43'])
    expect(h.forms.map((f) => f.slug).sort()).toEqual(['anqing-peixun-qingkuang-huizong-biao', 'anqing-peixun-xiangmu-beian-biao', 'anqing-zhengshu-bianhao-shenqing-biao'])
    expect(h.faqs.length).toBeGreaterThan(0)
    expect(h.faqs.every((f) => f.sourceNotice === 'yi-ren-she-mi-2023-43')).toBe(true)
  })

  it('the province holds the national notices too, newest first', () => {
    const slugs = holdingsOf(site, body('renshe-ting')).notices.map((n) => n.slug)
    expect(slugs[0]).toBe('wan-ren-she-mi-2025-109')
    expect(slugs).toContain('ren-she-bu-ling-25')
    expect(slugs.at(-1)).toBe('wan-ren-fa-2001-30')
    expect(slugs).not.toContain('yi-ren-she-mi-2023-43')
  })

  it('a body that has published nothing holds nothing', () => {
    const empty = workspaceSchema.parse({ id: 99, name: '淮北市人力资源和社会保障局', shortName: '淮北', slug: 'huaibei', kind: 'city', updatedAt: '' })
    expect(holdingsOf(site, empty)).toEqual({ workspace: empty, notices: [], faqs: [], forms: [] })
  })
})

describe('the notice list’s 按机构 filter', () => {
  it('every body in the site’s order with its number of notices, adding up to all of them', () => {
    const facet = workspaceFacet(site)
    expect(facet).toEqual([
      { value: 'renshe-ting', label: '人社厅', count: 7 },
      { value: 'anqing', label: '安庆', count: 1 },
      { value: 'fuyang', label: '阜阳', count: 1 },
      { value: 'wuhu', label: '芜湖', count: 2 },
      { value: 'dikuangju', label: '地矿局', count: 1 },
    ])
    expect(facet.reduce((n, f) => n + f.count, 0)).toBe(site.notices.length)
  })

  it('each notice carries its body’s slug; a numeric id matches however the API wrote it; none without a body', () => {
    const ws = [workspaceSchema.parse({ id: 3, name: '芜湖市人力资源和社会保障局', shortName: '芜湖', slug: 'wuhu', kind: 'city', updatedAt: '' })]
    const notices = [{ slug: 'a', workspace: '3' }, { slug: 'b', workspace: 3 }, { slug: 'c' }] as Array<Pick<NoticeData, 'slug' | 'workspace'>>
    expect(withWorkspaceSlugs({ workspaces: ws }, notices).map((n) => n.workspaceSlug)).toEqual(['wuhu', 'wuhu', undefined])
    expect(withWorkspaceSlugs(site, site.notices).find((n) => n.slug === 'wu-ren-she-mi-2025-85')?.workspaceSlug).toBe('wuhu')
  })
})
