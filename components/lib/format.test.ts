import { describe, expect, it } from 'vitest'
import { formatDate, noticeName } from './format.ts'

describe('formatDate', () => {
  it('writes a calendar day the Chinese way, without leading zeros', () => {
    expect(formatDate('2025-06-13')).toBe('2025年6月13日')
    expect(formatDate('2024-03-01')).toBe('2024年3月1日')
  })

  it('edge cases: no day gives no text', () => {
    expect(formatDate(undefined)).toBe('')
    expect(formatDate('')).toBe('')
  })
})

describe('noticeName', () => {
  it('is the 文号 when the notice has one, else its title', () => {
    expect(noticeName({ docNumber: '皖人社秘〔2021〕115号', title: '关于做好2021年度专业技术人员继续教育工作的通知' })).toBe('皖人社秘〔2021〕115号')
    expect(noticeName({ title: '阜阳市2025年度专业技术人员继续教育工作通知' })).toBe('阜阳市2025年度专业技术人员继续教育工作通知')
  })
})
