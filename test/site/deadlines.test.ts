/**
 * "By when": built as if today were 2024-03-01, the 2023 topics (study deadline 2024-03-31,
 * 宜人社秘〔2023〕43号) are open and the home page counts the days left; built as if it were
 * 2025, the same topics are closed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildTestSite, type TestSite } from './helpers.ts'

let site: TestSite

beforeAll(async () => {
  site = await buildTestSite({ today: '2024-03-01' })
})

afterAll(async () => {
  await site?.close()
})

const text = (html: string) =>
  html
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')

describe('home page on 2024-03-01', () => {
  it('shows the 2023 topics as this year’s, open, with 30 days left until 2024-03-31', () => {
    const home = text(site.html('/'))
    expect(home).toContain('2023年度公需科目专题')
    expect(home).toContain('学习中')
    expect(home).toMatch(/碳达峰碳中和与绿色发展[^专]*学习中 截止 2024年3月31日 ?（还剩 30 天）/)
    expect(home).toContain('碳达峰碳中和与绿色发展')
  })

  it('links each topic to its page and the calculator', () => {
    const html = site.html('/')
    expect(html).toContain('href="/topics/2023/2023-tandafeng-tanzhonghe/"')
    expect(html).toContain('href="/calculator/"')
  })

  it('marks 2021 topics closed on their year page', () => {
    const year = text(site.html('/topics/2021/'))
    expect(year).toContain('往年专题，学习已截止')
    expect(year).not.toContain('学习中')
  })
})

describe('deadlines.ics', () => {
  it('has one all-day study-deadline event per 2023 topic on 2024-03-31', () => {
    const ics = site.html('/deadlines.ics').replace(/\r\n /g, '')
    const events = ics.split('BEGIN:VEVENT').slice(1)
    const deadline2023 = events.filter((e) => e.includes('DTSTART;VALUE=DATE:20240331'))
    expect(deadline2023.length).toBeGreaterThanOrEqual(9)
    for (const e of deadline2023) {
      expect(e).toMatch(/UID:2023-[a-z0-9-]+-study-deadline@jxjy\.example\.cn/)
      expect(e).toContain('DTEND;VALUE=DATE:20240401')
      expect(e).toContain('SUMMARY:学习截止：')
    }
  })
})
