import { describe, expect, it } from 'vitest'
import { ruleLinks } from './rule-links.ts'
import type { FaqData, NoticeData } from './schemas.ts'

const notice = (id: number, slug: string, docNumber: string | undefined, source?: string) => ({ id, slug, docNumber, source } as unknown as NoticeData)
const notices = [
  notice(1, 'wan-ren-she-mi-2021-115', '皖人社秘〔2021〕115号', '000_569366e352603f40.txt'),
  notice(2, 'yi-ren-she-mi-2023-43', '宜人社秘〔2023〕43号', '001_533deba9991fd89c.txt'),
  notice(3, 'dikuangju-2021-notice', undefined, '004_c479a0559fbb1450.txt'),
  notice(4, 'wan-ren-she-mi-2025-109', '皖人社秘〔2025〕109号', '002_afe276a8903514d2.txt'),
]
const faqs = [{ id: 9, slug: '2021-faq-20', sourceNotice: 1, ordinal: '二十' } as unknown as FaqData]

describe('ruleLinks', () => {
  const { citationLinks, sourceHref } = ruleLinks(notices, faqs)
  it('links every place a rule is printed: 43号 and the 地矿局 notice (found by its seed, having no 文号)', () => {
    expect(citationLinks()['cycle-title']).toEqual([
      { text: '宜人社秘〔2023〕43号 四（三）', href: '/notices/yi-ren-she-mi-2023-43/' },
      { text: '省地矿局2021年5月14日通知 五（四）', href: '/notices/dikuangju-2021-notice/' },
    ])
  })
  it('an answer of 115号 附件2 links to its FAQ', () => {
    expect(citationLinks().transfer).toEqual([{ text: '皖人社秘〔2021〕115号 附件2 二十', href: '/faqs/#2021-faq-20' }])
  })
  it('109号 items link to the 109号 page, with the anchor the notice page has', () => {
    const withAnchor = ruleLinks(notices, faqs, (n, article) => (n.slug === 'wan-ren-she-mi-2025-109' && article === '（十）' ? 's-十' : undefined))
    expect(withAnchor.sourceHref({ source: '皖人社秘〔2025〕109号', article: '（十）', seed: '002_afe276a8903514d2.txt' })).toBe('/notices/wan-ren-she-mi-2025-109/#s-十')
    expect(sourceHref({ source: '皖人社秘〔2025〕109号', article: '（十）', seed: '002_afe276a8903514d2.txt' })).toBe('/notices/wan-ren-she-mi-2025-109/')
  })
  it('a document the site does not hold gets no link', () => {
    expect(sourceHref({ source: '某文件', article: '一', seed: 'x' })).toBeUndefined()
  })
})
