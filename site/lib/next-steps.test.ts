import { describe, expect, it } from 'vitest'
import { corpusSources } from '../../test/lib/site-corpus.ts'
import { nextSteps, type Published } from './next-steps.ts'
import { indexSiteData } from './site-index.ts'

const on = async (today: string) => indexSiteData(await corpusSources(today))
const everything = (site: Awaited<ReturnType<typeof on>>): Published => ({
  faqs: new Set(site.faqs.map((f) => f.slug)),
  guides: new Set(site.guides.map((g) => g.id)),
  notices: new Set(site.notices.map((n) => n.slug)),
})
const hrefs = (steps: ReturnType<typeof nextSteps>) => steps.flatMap((s) => s.links.map((l) => l.href))

describe('nextSteps: what to do now, on the build’s day', () => {
  it('2024-03-01: finish 2023 (30 days left, its topics and notice); 2024 not yet on the site; the old regime', async () => {
    const site = await on('2024-03-01')
    const steps = nextSteps(site.years, everything(site))
    expect(steps[0]).toEqual({
      text: '2023年度的公需科目学习截至2024年3月31日（还剩 30 天）：还没学完的，请在截止前完成。',
      links: [{ href: '/topics/2023/', label: '2023年度专题' }, { href: '/notices/yi-ren-she-mi-2023-43/', label: '通知原文' }],
    })
    expect(steps[2]?.text).toBe('2024年度的专题本站还没有收录：公布后在管理平台报名其中1个（每个专题30学时），可在管理平台查看或拨打 0551-12333 咨询。')
    expect(steps.at(-1)?.text).toContain('专业科目学时由单位或继续教育基地认定')
    expect(steps.map((s) => s.text).join('')).not.toContain('109号')
  })

  it('2023-06-01: this year’s topics are here: enrol in one of them (30 学时) before the window closes', async () => {
    const site = await on('2023-06-01')
    const enrol = nextSteps(site.years, everything(site)).find((s) => s.text.startsWith('在管理平台报名'))
    expect(enrol?.text).toBe('在管理平台报名2023年度的1个专题（30学时），再到培训平台缴费学习，截至2024年3月31日。')
    expect(enrol?.links[0]).toEqual({ href: '/topics/2023/', label: '2023年度专题' })
  })

  it('2026-05-30: 2025 open one more day, no topics held so no topic link; from 2025-06-13 the 109号 step', async () => {
    const site = await on('2026-05-30')
    const steps = nextSteps(site.years, everything(site))
    expect(steps[0]?.text).toContain('（还剩 1 天）')
    expect(steps[0]?.links).toEqual([{ href: '/notices/fuyang-rsj-2025-notice/', label: '通知原文' }])
    expect(steps.at(-1)?.text).toMatch(/^2025年6月13日起的学习和成果按《学时管理办法》（皖人社秘〔2025〕109号）认定/)
    expect(steps.at(-1)?.links.map((l) => l.href)).toEqual(['/notices/wan-ren-she-mi-2025-109/', '/faqs/2025-highest-option/', '/faqs/wuhu-how-to-declare/', '/calculator/'])
  })

  it('on the last day it says 今天截止; the day after, the year is no longer a step', async () => {
    const last = await on('2026-05-31')
    expect(nextSteps(last.years, everything(last))[0]?.text).toContain('（今天截止）')
    const after = await on('2026-06-01')
    expect(nextSteps(after.years, everything(after)).map((s) => s.text).join('')).not.toContain('2025年度的公需科目学习')
  })

  it('links to documents that are not published are left out, never shown broken', async () => {
    const site = await on('2026-05-30')
    const all = hrefs(nextSteps(site.years, everything(site)))
    const none = hrefs(nextSteps(site.years, { faqs: new Set(), guides: new Set(), notices: new Set() }))
    expect(all.filter((h) => /^\/(faqs|guides|notices)\//.test(h)).length).toBeGreaterThan(8)
    expect(none).toEqual(['/calculator/'])
  })
})
