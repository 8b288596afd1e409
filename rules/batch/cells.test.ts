import { describe, expect, it } from 'vitest'
import { excelSerialToDate, normalizeDate, normalizeNumber, normalizeYear } from './cells.ts'
import { activityTypeOf, columnOf, subjectOf } from './fields.ts'

describe('dates as Excel users write them', () => {
  it.each([
    ['2026-07-01', '2026-07-01'],
    ['2026-7-1', '2026-07-01'],
    ['2026/7/1', '2026-07-01'],
    ['2026.7.1', '2026-07-01'],
    ['2026年7月1日', '2026-07-01'],
    ['2026年07月01日', '2026-07-01'],
    ['2026/7/1 0:00', '2026-07-01'],
    ['２０２６/７/１', '2026-07-01'],
    ['46204', '2026-07-01'],
  ])('%s → %s', (text, iso) => {
    expect(normalizeDate(text)).toBe(iso)
  })
  it('Excel serial numbers and Dates', () => {
    expect(normalizeDate(46204)).toBe('2026-07-01')
    expect(excelSerialToDate(61)).toBe('1900-03-01')
    expect(normalizeDate(new Date(Date.UTC(2026, 6, 1)))).toBe('2026-07-01')
  })
  it('what is not a date is passed on for validation to refuse', () => {
    expect(normalizeDate('2026/13/1')).toBe('2026/13/1')
    expect(normalizeDate('2026年2月30日')).toBe('2026年2月30日')
    expect(normalizeDate('下周')).toBe('下周')
    expect(normalizeDate('  ')).toBeUndefined()
  })
})

describe('numbers and years', () => {
  it('reads numeric text, drops a unit, keeps anything else', () => {
    expect(normalizeNumber('12')).toBe(12)
    expect(normalizeNumber(' 1.5 ')).toBe(1.5)
    expect(normalizeNumber('3天')).toBe(3)
    expect(normalizeNumber('12学时')).toBe(12)
    expect(normalizeNumber('abc')).toBe('abc')
    expect(normalizeNumber('')).toBeUndefined()
    expect(normalizeYear('2026年度')).toBe(2026)
    expect(normalizeYear(2026)).toBe(2026)
  })
})

describe('headers, types and subjects in Chinese or English', () => {
  it('maps headers, ignoring case, spaces and a note in brackets', () => {
    expect(columnOf('姓名')).toBe('name')
    expect(columnOf(' Name ')).toBe('name')
    expect(columnOf('学时（选填）')).toBe('hours')
    expect(columnOf('工号')).toBe('id')
    expect(columnOf('身份证号')).toBe('id')
    expect(columnOf('籍贯')).toBeUndefined()
  })
  it.each([
    ['公需科目专题', 'public-topic'], ['网络课件', 'courseware'], ['培训', 'training'], ['研修', 'training'], ['进修', 'training'],
    ['培训、研修或进修', 'training'], ['讲课', 'lecture'], ['授课', 'lecture'], ['讲座', 'lecture'], ['资格考试', 'qualification-exam'],
    ['学历', 'degree'], ['学位', 'degree'], ['取得学历（学位）', 'degree'], ['专业学时', 'professional'], ['单位认定', 'professional'],
    ['其他折算', 'other-conversion'], ['training', 'training'], ['Public-Topic', 'public-topic'],
  ])('type %s → %s', (name, type) => {
    expect(activityTypeOf(name)).toBe(type)
  })
  it('subjects', () => {
    expect(subjectOf('公需')).toBe('public')
    expect(subjectOf('专业科目')).toBe('professional')
    expect(subjectOf('public')).toBe('public')
    expect(subjectOf('其他')).toBeUndefined()
  })
})
