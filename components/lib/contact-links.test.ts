import { describe, expect, it } from 'vitest'
import { contactParts, showsAddress, telHref } from './contact-links.ts'

describe('contactParts', () => {
  it('links a landline as the notices print it, and an e-mail address', () => {
    expect(contactParts('咨询电话：0551—12333 转 1 号键')).toEqual([
      { text: '咨询电话：' },
      { text: '0551—12333', href: 'tel:055112333' },
      { text: ' 转 1 号键' },
    ])
    expect(contactParts('申领邮箱：453851130@qq.com')).toEqual([{ text: '申领邮箱：' }, { text: '453851130@qq.com', href: 'mailto:453851130@qq.com' }])
  })

  it('leaves 文号, dates and plain numbers alone', () => {
    for (const text of ['皖人社秘〔2025〕109号', '2025-06-13', '第20251234567号', '90学时']) expect(contactParts(text)).toEqual([{ text }])
  })
})

describe('showsAddress', () => {
  it('is true when the text is the address, with or without the scheme and final slash', () => {
    expect(showsAddress('http://hrss.ah.gov.cn/ggfwpt', 'http://hrss.ah.gov.cn/ggfwpt')).toBe(true)
    expect(showsAddress('www.ahsjxjy.com', 'http://www.ahsjxjy.com')).toBe(true)
    expect(showsAddress('https://rsj.wuhu.gov.cn/', 'https://rsj.wuhu.gov.cn')).toBe(true)
  })

  it('is false for a title, or an address printed differently from the link', () => {
    expect(showsAddress('网上办事大厅', 'http://hrss.ah.gov.cn/ggfwpt')).toBe(false)
    expect(showsAddress('http://hrss.ah.gov.cn/ggfwzt/', 'http://hrss.ah.gov.cn/ggfwpt')).toBe(false)
  })
})

it('telHref keeps only digits and +', () => expect(telHref('0551—12333')).toBe('tel:055112333'))
