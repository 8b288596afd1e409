/**
 * What the search page does to a query before Pagefind sees it: recognise a document number
 * (文号) however it is typed, put colloquial words and other word orders into the words the
 * pages use, and — when a Chinese query finds nothing — offer shorter sub-queries.
 */

const cjk = /[\u3400-\u9fff\uf900-\ufaff]/

/** Opening and closing brackets people type around a 文号's year: 〔〕 [] （） () 【】 ［］ {} ﹝﹞ 〖〗. */
const openBracket = '〔\\[（(【［{﹝〖'
const closeBracket = '〕\\]）)】］}﹞〗'

export interface DocNumberQuery {
  /** the issuer's abbreviation (皖人社秘), when typed */
  prefix?: string
  year?: string
  serial: string
  /** the form the site writes: 皖人社秘〔2025〕109号, 〔2025〕109号, 109号 */
  canonical: string
}

const fullPattern = new RegExp(
  `^([\\u3400-\\u9fff]{1,12}?)?[${openBracket}]?((?:19|20)\\d{2})[${closeBracket}]?年?第?(\\d{1,4})号(?:文件?)?$`,
)
const prefixOnlyPattern = /^([\u3400-\u9fff]{1,12}?)(第?)(\d{1,4})号(?:文件?)?$/
const barePattern = /^第?(\d{1,4})号(?:文件?)?$/

/**
 * The 文号 a query names, or undefined. Accepts any bracket or none around the year
 * (皖人社秘[2025]109号, 皖人社秘（2025）109号, 皖人社秘2025109号, 2025年109号), with or without the
 * issuer's abbreviation, and the number alone (109号, 第109号).
 */
export function parseDocNumber(query: string): DocNumberQuery | undefined {
  const q = query.normalize('NFKC').replace(/\s+/g, '')
  const bare = barePattern.exec(q)
  if (bare) return { serial: String(Number(bare[1])), canonical: `${Number(bare[1])}号` }
  const full = fullPattern.exec(q)
  if (full) {
    const [, prefix, year, serial] = full
    const n = String(Number(serial))
    return { ...(prefix ? { prefix } : {}), year, serial: n, canonical: `${prefix ?? ''}〔${year}〕${n}号` }
  }
  const prefixed = prefixOnlyPattern.exec(q)
  if (prefixed) {
    const [, prefix, di, serial] = prefixed
    const n = String(Number(serial))
    return { prefix: prefix!, serial: n, canonical: `${prefix}${di}${n}号` }
  }
  return undefined
}

/** Whether a notice's 文号 is the one a query names (the parts typed must all agree). */
export function docNumberMatches(query: DocNumberQuery, docNumber: string | undefined): boolean {
  if (!docNumber) return false
  const actual = parseDocNumber(docNumber)
  if (!actual || actual.serial !== query.serial) return false
  if (query.year && actual.year !== query.year) return false
  if (query.prefix && actual.prefix !== query.prefix && !docNumber.startsWith(query.prefix)) return false
  return true
}

/**
 * Words people type for what the pages call otherwise: another word order (外省调入 for the
 * pages' 省外调入) or a colloquial word the pages do not use. Words the pages do use (公需课
 * is in the FAQs) are not here: the pages that are about them carry them as search keywords.
 */
const synonyms: ReadonlyArray<readonly [string, string]> = [
  ['外省调入', '省外调入'],
  ['外省转入', '省外调入'],
  ['从外省调入', '自省外调入'],
  ['专业课', '专业科目'],
  ['继续教育证书', '培训证书'],
]

/**
 * Words of a question that the page answering it may phrase otherwise (能 for 可以, 怎么 for
 * 如何) or not have at all (吗): Pagefind finds only pages holding every word of a query, so
 * they are left out. Longest first.
 */
const questionWords = new Set(['可不可以', '能不能', '是不是', '有没有', '怎么样', '怎么办', '可以', '能否', '是否', '怎么', '怎样', '如何', '什么', '哪些', '哪里', '多少', '能', '吗', '呢', '吧', '啊', '的', '和', '与', '了'])

/**
 * The query with colloquial words and other word orders replaced by the pages' words, and,
 * for a question of several words, the question words left out.
 */
export function rewriteQuery(query: string): string {
  let out = query.trim().replace(/[?？!！。,，、]+/g, ' ').replace(/\s+/g, ' ').trim()
  for (const [said, written] of synonyms) out = out.split(said).join(written)
  if (Array.from(out.replace(/\s/g, '')).length < 6) return out
  // By word, so 能 goes but 智能 stays.
  const words = new Intl.Segmenter('zh-CN', { granularity: 'word' })
  const stripped = Array.from(words.segment(out))
    .map((s) => (questionWords.has(s.segment) ? ' ' : s.segment))
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
  return Array.from(stripped.replace(/\s/g, '')).length >= 2 ? stripped : out
}

/** Candidate sub-queries, longest first, without the query itself; at most `limit`. */
export function fallbackQueries(query: string, limit = 12): string[] {
  const terms = query.trim().split(/\s+/).filter(Boolean)
  const out: string[] = []
  const add = (value: string) => {
    if (value && value !== query.trim() && !out.includes(value)) out.push(value)
  }
  if (terms.length > 1) terms.forEach(add)
  for (const term of terms) {
    const chars = Array.from(term)
    if (!chars.some((c) => cjk.test(c)) || chars.length < 3) continue
    for (let length = chars.length - 1; length >= 2; length -= 1) {
      for (let start = 0; start + length <= chars.length; start += 1) {
        add(chars.slice(start, start + length).join(''))
      }
    }
  }
  return out.slice(0, limit)
}
