/**
 * The search recall suite, shared by the tests (test/site/search-recall*.test.ts) and the
 * benchmark (bench/search.ts): every 文号 of the seed as people type it, which must find its
 * notice at rank 1, and everyday queries as people phrase them, which must find their page in
 * the top 3. Plus the way to ask our /search/ page in Chromium and read the ranked results.
 */
import type { Page } from 'playwright-core'
import type { Corpus } from '../../content/schema.ts'

export interface RecallCase {
  query: string
  /** result paths that count as the page meant (any of them) */
  expected: string[]
  /** the rank it must reach: 1 for a 文号, 3 for everyday queries */
  within: number
  kind: '文号' | 'everyday'
}

/** Each seed notice's 文号: as written, as "NN号", with [] and （） brackets, without the issuer. */
export function docNumberCases(seed: Corpus): RecallCase[] {
  const out: RecallCase[] = []
  const serials = seed.notices.map((n) => /(\d+)号$/.exec(n.docNumber ?? '')?.[1])
  for (const notice of seed.notices) {
    const number = notice.docNumber
    if (!number) continue
    const expected = [`/notices/${notice.slug}/`]
    const add = (query: string) => out.push({ query, expected, within: 1, kind: '文号' })
    add(number)
    const serial = /(\d+)号$/.exec(number)?.[1]
    // "NN号" names one notice only when no other seed notice has that serial.
    if (serial && serials.filter((s) => s === serial).length === 1) add(`${serial}号`)
    const year = /〔(\d{4})〕/.exec(number)
    if (year) {
      add(number.replace('〔', '[').replace('〕', ']'))
      add(number.replace('〔', '（').replace('〕', '）'))
      add(number.slice(number.indexOf('〔')))
    }
  }
  return out
}

const topicsPages = ['/topics/', ...Array.from({ length: 15 }, (_, i) => `/topics/${2020 + i}/`)]

/** Everyday queries: the issue's, and questions as people ask them, colloquial words, other word orders. */
export const everydayCases: RecallCase[] = (
  [
    ['公需科目', topicsPages],
    ['公需课', topicsPages],
    ['学时计算', ['/calculator/']],
    ['外省调入', ['/faqs/2021-faq-20/']],
    ['省外调入', ['/faqs/2021-faq-20/']],
    ['每年要完成多少学时', ['/faqs/yearly-hours-requirement/']],
    ['学时怎么算', ['/guides/xueshi-zenme-suan/', '/calculator/']],
    ['1个学时多长时间', ['/faqs/hour-length/']],
    ['考试不合格能补考吗', ['/faqs/2021-faq-16/']],
    ['打印证书', ['/faqs/2021-faq-07/']],
    ['发票', ['/faqs/2021-faq-14/']],
    ['集体报名', ['/faqs/2021-faq-12/']],
    ['专业课', ['/faqs/2021-faq-08/', '/faqs/2021-faq-09/']],
    ['区块链', ['/topics/2021/2021-qukuailian-jishu/']],
    ['学时管理办法', ['/notices/wan-ren-she-mi-2025-109/']],
    ['52号还有效吗', ['/faqs/wuhu-52-repealed/', '/notices/wu-ren-she-mi-2025-52/']],
    ['申报职称继续教育学时', ['/faqs/title-application-cycle/']],
    ['冠成', ['/providers/anhui-guancheng-jiaoyu/']],
    ['浏览器', ['/faqs/2021-faq-13/']],
    ['折算', ['/faqs/2025-public-professional/', '/faqs/2025-conversion-items/']],
    ['公需科目和专业科目能互相折算吗', ['/faqs/2025-public-professional/']],
    ['搜索不到单位', ['/faqs/2021-faq-04/']],
    ['专业科目', ['/faqs/2021-faq-08/', '/faqs/2021-faq-09/']],
    ['补考', ['/faqs/2021-faq-16/']],
    ['碳达峰', ['/topics/2023/2023-tandafeng-tanzhonghe/']],
    ['安徽冠成教育科技有限公司', ['/providers/anhui-guancheng-jiaoyu/']],
    ['安徽开放大学', ['/providers/anhui-kaifang-daxue/']],
    ['宏景', ['/providers/hefei-hongzhan-ruanjian/']],
    ['证书', ['/faqs/2021-faq-07/']],
    ['学时', ['/guides/xueshi-zenme-suan/', '/calculator/']],
  ] as Array<[string, string[]]>
).map(([query, expected]) => ({ query, expected, within: 3, kind: 'everyday' }))

export function recallCases(seed: Corpus): RecallCase[] {
  return [...docNumberCases(seed), ...everydayCases]
}

export interface Ranked {
  status: string
  /** result paths in order (the first page the UI shows) */
  paths: string[]
}

/** Types a query into /search/ as a visitor does and reads the results in order. */
export async function searchUi(page: Page, baseUrl: string, query: string): Promise<Ranked> {
  await page.goto(`${baseUrl}/search/?q=${encodeURIComponent(query)}`)
  await page.waitForFunction(() => /找到|没有找到|不可用/.test(document.querySelector('#search-status')?.textContent ?? ''), undefined, { timeout: 20_000 })
  return page.evaluate(() => ({
    status: document.querySelector('#search-status')?.textContent ?? '',
    paths: Array.from(document.querySelectorAll<HTMLAnchorElement>('#search-results li > a:first-child')).map((a) => new URL(a.href).pathname),
  }))
}

/** 1-based rank of the first expected page, or null when it is not shown. */
export function rankOf(ranked: Ranked, expected: readonly string[]): number | null {
  const i = ranked.paths.findIndex((p) => expected.includes(p))
  return i < 0 ? null : i + 1
}
