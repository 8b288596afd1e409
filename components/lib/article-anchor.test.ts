import { describe, expect, it } from 'vitest'
import { articleAnchor, headingAnchor, passageAnchors } from './article-anchor.ts'

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

describe('anchors for what the scan left unnumbered (109号)', () => {
  it('citations of a lost range and of an item in an article whose number was lost', () => {
    expect(articleAnchor('（一）至（七）')).toBe('s-一至七')
    expect(articleAnchor('第二十二条前一条（条号扫描缺失）第4项')).toBe('before-二十二-4')
  })

  it('the item before （九）, the gap naming （一）至（七）, and item 4 before 第二十二条', () => {
    const anchors = passageAnchors([
      { kind: 'gap', text: '【扫描件缺失】……以及学时认定（一）至（七）项和（九）之前一项的序号……' },
      { kind: 'heading', text: '……类。' },
      { kind: 'paragraph', text: '专业技术人员参加各类专业技术资格……可认定90学时。' },
      { kind: 'heading', text: '（九）学历教育类。' },
      { kind: 'gap', text: '【扫描件缺失】第十八条末尾……' },
      { kind: 'paragraph', text: '4.继续教育学时认定采取就高原则' },
      { kind: 'paragraph', text: '5.本办法与国家有关要求不一致的' },
      { kind: 'paragraph', text: '第二十二条　本办法由省人力资源社会保障厅负责解释。' },
      { kind: 'paragraph', text: '1.不在缺失之后的条目' },
    ])
    expect(anchors).toEqual(['s-一至七', 's-八', undefined, undefined, undefined, 'before-二十二-4', 'before-二十二-5', undefined, undefined])
  })

  it('a lost item heading takes the number before the next item, whichever it is', () => {
    expect(passageAnchors([{ kind: 'heading', text: '……类。' }, { kind: 'heading', text: '（十二）网络课件类。' }])).toEqual(['s-十一', undefined])
  })
})
