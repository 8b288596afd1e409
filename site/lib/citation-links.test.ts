import { describe, expect, it } from 'vitest'
import { RULES } from '../../rules/index.ts'
import { corpusSources } from '../../test/lib/site-corpus.ts'
import { citationLinks } from './citation-links.ts'

const { notices } = await corpusSources('2026-05-30')
const byId = (id: string) => RULES.filter((r) => r.id === id)

describe('citationLinks: each rule to the notice it cites, at the article', () => {
  const links = citationLinks(RULES, notices)

  it('an article the notice has as a heading gets its anchor: 109号 （十）, 43号 四（三）', () => {
    expect(links['conversion-training']).toBe('/notices/wan-ren-she-mi-2025-109/#s-十')
    expect(links['cycle-title']).toBe('/notices/yi-ren-she-mi-2023-43/#s-四-三')
  })

  it('a notice without a 文号 is found by the scan it was read from (the 地矿局 notice)', () => {
    expect(byId('cycle-promotion')[0]?.source).not.toMatch(/号$/)
    expect(links['cycle-promotion']).toBe('/notices/dikuangju-2021-notice/#s-五-四')
  })

  it('an article that is no numbered part (末段) links to the top of the page', () => {
    expect(byId('study-window-2025')[0]?.article).toBe('末段')
    expect(links['study-window-2025']).toBe('/notices/fuyang-rsj-2025-notice/')
  })

  it('an anchor the notice’s text does not have is left off, not linked broken', () => {
    const bodiless = notices.map((n) => (n.slug === 'wan-ren-she-mi-2025-109' ? { ...n, body: undefined } : n))
    expect(citationLinks(byId('conversion-training'), bodiless)).toEqual({ 'conversion-training': '/notices/wan-ren-she-mi-2025-109/' })
  })

  it('a rule whose document the site does not hold gets no link; the others keep theirs', () => {
    const without85 = notices.filter((n) => n.slug !== 'wu-ren-she-mi-2025-85')
    const some = citationLinks(RULES, without85)
    expect(links.substitution).toBe('/notices/wu-ren-she-mi-2025-85/#s-五-二')
    expect(some.substitution).toBeUndefined()
    expect(some['cycle-title']).toBe(links['cycle-title'])
    expect(Object.keys(links)).toHaveLength(RULES.length)
  })

  it('without 109号 its rules fall back to the numberless notice read from the same scan (阜阳’s notice)', () => {
    const without109 = notices.filter((n) => n.slug !== 'wan-ren-she-mi-2025-109')
    expect(citationLinks(byId('conversion-training'), without109)).toEqual({ 'conversion-training': '/notices/fuyang-rsj-2025-notice/' })
  })
})
