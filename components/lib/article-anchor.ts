/**
 * Anchors for the numbered parts of a notice, so a citation such as 皖人社秘〔2021〕115号 五（四）
 * can link to `#s-五-四` on the notice's page. A part's anchor comes from its heading's number:
 * `一、培训对象` → `s-一`; `（四）` under it → `s-一-四`; `第三章` → `ch-三`; an item `（九）…`
 * under a chapter (109号 numbers its items through the chapter) → `s-九`.
 */
const numeral = '[一二三四五六七八九十百零〇]+'
const part = new RegExp(`^(${numeral})、`)
const chapter = new RegExp(`^第(${numeral})章`)
const item = new RegExp(`^（(${numeral})）`)

/** The anchor of a heading, given the anchor of the part it is in (the last h2 before it). */
export function headingAnchor(text: string, parent: string | undefined): string | undefined {
  const t = text.trim()
  const p = part.exec(t)
  if (p) return `s-${p[1]}`
  const c = chapter.exec(t)
  if (c) return `ch-${c[1]}`
  const i = item.exec(t)
  if (i) return parent?.startsWith('s-') ? `${parent}-${i[1]}` : `s-${i[1]}`
  return undefined
}

const itemRange = new RegExp(`（(${numeral})）至（(${numeral})）`)
const beforeArticle = new RegExp(`^第(${numeral})条前一条(?:（[^）]*）)?第(\\d+)项$`)

/**
 * The anchor an article reference points at: `五（四）` → `s-五-四`, `二` → `s-二`, `（八）` → `s-八`,
 * a range the scan lost `（一）至（七）` → `s-一至七`, an item of an article whose number the scan
 * lost `第二十二条前一条（…）第4项` → `before-二十二-4`; only the first reference counts
 * (`三；附件2 十八` → `s-三`). Undefined for what is not a numbered part (末段, 附件2 十六).
 */
export function articleAnchor(article: string): string | undefined {
  const first = article.split('；')[0]!.trim()
  const range = new RegExp(`^${itemRange.source}$`).exec(first)
  if (range) return `s-${range[1]}至${range[2]}`
  const before = beforeArticle.exec(first)
  if (before) return `before-${before[1]}-${before[2]}`
  const m = new RegExp(`^(${numeral})?(?:（(${numeral})）)?$`).exec(first)
  if (!m || (!m[1] && !m[2])) return undefined
  return m[1] ? `s-${m[1]}${m[2] ? `-${m[2]}` : ''}` : `s-${m[2]}`
}

const digits = '零一二三四五六七八九'

/** 一 … 九十九 as a number; undefined for anything else. */
function numberOf(text: string): number | undefined {
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(text)
  if (!m || !text) return undefined
  if (!m[2]) return m[1] && !m[3] ? digits.indexOf(m[1]) : undefined
  return (m[1] ? digits.indexOf(m[1]) : 1) * 10 + (m[3] ? digits.indexOf(m[3]) : 0)
}

function numeralOf(n: number): string {
  const tens = Math.floor(n / 10)
  const ones = n % 10
  return `${tens > 1 ? digits[tens] : ''}${tens > 0 ? '十' : ''}${ones > 0 ? digits[ones] : ''}`
}

/** A block of a notice's text as the anchor pass sees it. */
export interface Passage {
  kind: 'heading' | 'gap' | 'paragraph'
  text: string
}

const lostNumber = /^[…．.]{2,}/
const numberedItem = /^(\d+)[.．、]/
const articleStart = new RegExp(`^第(${numeral})条`)

/**
 * Anchors for the passages a scan left without their own number, so citations of them land:
 * an item heading whose number was lost (`……类。`) takes the number before the next item
 * (`（九）` → `s-八`); a gap note naming the items it lost (`（一）至（七）`) takes that range
 * (`s-一至七`); a numbered item (`4.…`) after a gap, in an article whose number was lost, is
 * named by the article that follows (`before-二十二-4`, before 第二十二条).
 */
export function passageAnchors(passages: readonly Passage[]): (string | undefined)[] {
  let afterGap = false
  return passages.map((p, i) => {
    const text = p.text.trim()
    if (p.kind === 'gap') {
      afterGap = true
      const range = itemRange.exec(text)
      return range ? `s-${range[1]}至${range[2]}` : undefined
    }
    if (articleStart.test(text)) afterGap = false
    if (p.kind === 'heading' && lostNumber.test(text)) {
      const next = passages.slice(i + 1).find((q) => q.kind === 'heading' && item.test(q.text.trim()))
      const n = next && numberOf(item.exec(next.text.trim())![1]!)
      return n && n > 1 ? `s-${numeralOf(n - 1)}` : undefined
    }
    const numbered = numberedItem.exec(text)
    if (p.kind === 'paragraph' && numbered && afterGap) {
      const next = passages.slice(i + 1).map((q) => articleStart.exec(q.text.trim())).find(Boolean)
      return next ? `before-${next[1]}-${numbered[1]}` : undefined
    }
    return undefined
  })
}
