import { describe, expect, it } from 'vitest'
import { tierOf } from './pagefind.ts'

const page = (...filters: string[]) => `<article data-pagefind-body>${filters.map((f) => `<span hidden data-pagefind-filter="${f}"></span>`).join('')}</article>`

describe('which Pagefind bundle a page goes to on a large site', () => {
  it('keeps current pages and pages without a year in the primary index', () => {
    expect(tierOf(page('type:通知', 'year:2025', 'status:现行有效'), 2026)).toBe('primary')
    expect(tierOf(page('type:问答', 'year:2021', 'year:2023'), 2026)).toBe('primary')
    expect(tierOf(page('type:指南'), 2026)).toBe('primary')
  })

  it('sends repealed and expired notices and pages of earlier years to the archive', () => {
    expect(tierOf(page('type:通知', 'year:2025', 'status:已废止'), 2026)).toBe('archive')
    expect(tierOf(page('type:通知', 'year:2024', 'status:已失效'), 2026)).toBe('archive')
    expect(tierOf(page('type:问答', 'year:2022'), 2026)).toBe('archive')
  })

  it('does not date a provider by the years of its topics', () => {
    expect(tierOf(page('type:专题', 'year:2016'), 2026, 'providers/x/index.html')).toBe('primary')
  })
})
