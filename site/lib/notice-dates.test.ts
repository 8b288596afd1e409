import { describe, expect, it } from 'vitest'
import { importBatchEnd, noticeDates, publishedText } from './notice-dates.ts'

const imported = '2026-11-24T06:40:00.000Z'
const batch = importBatchEnd([{ createdAt: imported }, { createdAt: '2026-11-24T06:40:03.000Z' }])

describe('a notice’s own dates', () => {
  it('published: 发布日期, else 成文日期, else the year (said as such)', () => {
    const both = noticeDates({ datePublished: '2025-07-20', dateIssued: '2025-07-18', year: 2025, createdAt: imported, updatedAt: imported }, batch)
    expect(both.published).toBe('2025-07-20')
    const issued = noticeDates({ dateIssued: '2021-05-14', year: 2021, createdAt: imported, updatedAt: imported }, batch)
    expect(issued).toEqual({ published: '2021-05-14', precision: 'day', updated: '2021-05-14' })
    const yearOnly = noticeDates({ year: 2015, createdAt: imported, updatedAt: imported }, batch)
    expect(yearOnly).toEqual({ published: '2015-01-01', precision: 'year', updated: '2015-01-01' })
    expect(publishedText(yearOnly)).toBe('2015年（具体日期未载明）')
    expect(publishedText(issued)).toBe('2021年5月14日')
  })
  it('updated: the import is no edit; a later save is', () => {
    const relinked = noticeDates({ dateIssued: '2023-04-11', year: 2023, createdAt: imported, updatedAt: '2026-11-24T06:40:05.000Z' }, batch)
    expect(relinked.updated).toBe('2023-04-11')
    const edited = noticeDates({ dateIssued: '2023-04-11', year: 2023, createdAt: imported, updatedAt: '2026-11-30T09:00:00.000Z' }, batch)
    expect(edited.updated).toBe('2026-11-30T09:00:00.000Z')
  })
})
