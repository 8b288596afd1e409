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

/**
 * The anchor an article reference points at: `五（四）` → `s-五-四`, `二` → `s-二`, `（八）` → `s-八`;
 * only the first reference counts (`三；附件2 十八` → `s-三`). Undefined for what is not a
 * numbered part (末段, 附件2 十六, 第二十一条第4项).
 */
export function articleAnchor(article: string): string | undefined {
  const first = article.split('；')[0]!.trim()
  const m = new RegExp(`^(${numeral})?(?:（(${numeral})）)?$`).exec(first)
  if (!m || (!m[1] && !m[2])) return undefined
  return m[1] ? `s-${m[1]}${m[2] ? `-${m[2]}` : ''}` : `s-${m[2]}`
}
