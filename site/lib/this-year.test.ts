import { describe, expect, it } from 'vitest'
import { corpusSources } from '../../test/lib/site-corpus.ts'
import type { SiteSources } from './site-index.ts'
import { indexSiteData } from './site-index.ts'
import { asOf } from './as-of.ts'
import { thisYear } from './this-year.ts'

// As the site reads its sources: what is not on the site that day (as-of.ts) is left out first.
const on = async (today: string, cut: (s: SiteSources) => SiteSources = (s) => s) => indexSiteData(asOf(cut(await corpusSources(today))))

describe('thisYear: the 今年学什么 block on the build’s day', () => {
  it('2024-03-01: 2024’s window is not foretold by the 2025 notice that later set it', async () => {
    const site = await on('2024-03-01')
    expect(site.notices.map((n) => n.slug)).not.toContain('fuyang-rsj-2025-notice')
    expect(site.years.current.deadline).toBeUndefined()
    const block = thisYear(site)
    expect(block.current).toMatchObject({ year: 2024, topics: [] })
    expect(block.current).not.toHaveProperty('deadline')
    expect(block.stillOpen.map((y) => [y.year, y.daysLeft, y.topics.length, y.deadline?.href])).toEqual([[2023, 30, 9, '/notices/yi-ren-she-mi-2023-43/']])
    expect(block.lastClosed?.year).toBe(2022)
  })

  it('2026-05-30: 2025 open a day more, cited to 阜阳’s notice; 2023 the last year whose topics are here', async () => {
    const block = thisYear(await on('2026-05-30'))
    expect(block.stillOpen[0]?.deadline).toEqual({
      detail: '2025年度全省公需科目学习时间截至2026年5月31日。',
      citation: '阜阳市人社局2025年7月18日通知 末段',
      interpretation: false,
      href: '/notices/fuyang-rsj-2025-notice/',
    })
    expect(block.current).toMatchObject({ year: 2026, state: 'unknown' })
    expect(block.lastPublished).toMatchObject({ year: 2023, state: 'closed' })
    expect(block.lastPublished?.topics[0]).toEqual({ year: 2023, slug: expect.stringMatching(/^2023-/), title: expect.any(String) })
  })

  it('a deadline is stated only by a notice on the site: without 阜阳’s notice, 2025’s last day is not given', async () => {
    const block = thisYear(await on('2026-05-30', (s) => ({ ...s, notices: s.notices.filter((n) => n.slug !== 'fuyang-rsj-2025-notice') })))
    expect(block.stillOpen).toEqual([])
    expect(block.lastClosed).toMatchObject({ year: 2023, deadline: { citation: '宜人社秘〔2023〕43号 二（一）' } })
  })

  it('the way to the provincial platform: its guide, else the FAQ, else nothing', async () => {
    expect(thisYear(await on('2026-05-30')).platformHelp).toBe('/guides/2021-xueyuan-denglu-baoming/')
    const noGuides = (s: SiteSources) => ({ ...s, guides: [] })
    expect(thisYear(await on('2026-05-30', noGuides)).platformHelp).toBe('/faqs/2021-faq-02/')
    expect(thisYear(await on('2026-05-30', (s) => ({ ...noGuides(s), faqs: [] }))).platformHelp).toBeUndefined()
  })
})
