import { describe, expect, it } from 'vitest'
import { articleAnchor, headingAnchor } from './article-anchor.ts'

describe('article anchors', () => {
  it('headings: parts, items within parts, chapters, items within chapters', () => {
    expect(headingAnchor('五、有关要求', undefined)).toBe('s-五')
    expect(headingAnchor('（四）', 's-五')).toBe('s-五-四')
    expect(headingAnchor('第三章　内容和方式', undefined)).toBe('ch-三')
    expect(headingAnchor('（九）学历教育类。', 'ch-三')).toBe('s-九')
    expect(headingAnchor('（扫描件此处缺失）类。', 'ch-三')).toBeUndefined()
  })
  it('citations: the first numbered reference, nothing for the rest', () => {
    expect(articleAnchor('五（四）')).toBe('s-五-四')
    expect(articleAnchor('二')).toBe('s-二')
    expect(articleAnchor('（十二）')).toBe('s-十二')
    expect(articleAnchor('三；附件2 十八')).toBe('s-三')
    expect(articleAnchor('末段')).toBeUndefined()
    expect(articleAnchor('附件2 十六')).toBeUndefined()
    expect(articleAnchor('第二十一条第4项；芜人社秘〔2025〕85号 五（三）')).toBeUndefined()
  })
})
