import { describe, expect, it } from 'vitest'
import { formatDate, issuersOf, noticeCitation, noticeName, noticePageTitle } from './format.ts'

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

describe('noticeCitation and noticePageTitle: each part once', () => {
  const n115 = { docNumber: '皖人社秘〔2021〕115号', title: '关于做好2021年全省专业技术人员继续教育工作的通知' }
  const dikuangju = { title: '关于做好2021年全局专业技术人员继续教育工作的通知' }
  const fuyang = { title: '阜阳市人力资源和社会保障局2025年7月18日关于专业技术人员继续教育的通知', titleSupplied: true }

  it('cites 文号《标题》, or 《标题》 alone without a 文号 (never the title twice)', () => {
    expect(noticeCitation(n115)).toBe('皖人社秘〔2021〕115号《关于做好2021年全省专业技术人员继续教育工作的通知》')
    expect(noticeCitation(dikuangju)).toBe('《关于做好2021年全局专业技术人员继续教育工作的通知》')
  })

  it('a title the site supplied is not presented in 《》 as if printed', () => {
    expect(noticeCitation(fuyang)).toBe(fuyang.title)
  })

  it('the page title adds the 文号 only when there is one', () => {
    expect(noticePageTitle(n115)).toBe(`${n115.title}（皖人社秘〔2021〕115号）`)
    expect(noticePageTitle(dikuangju)).toBe(dikuangju.title)
  })

  it('joint issuers are a list, the lead one first', () => {
    expect(issuersOf({ issuer: '省委办公厅', coIssuers: ['省政府办公厅'] })).toEqual(['省委办公厅', '省政府办公厅'])
    expect(issuersOf({ issuer: '安徽省人力资源和社会保障厅' })).toEqual(['安徽省人力资源和社会保障厅'])
  })
})
