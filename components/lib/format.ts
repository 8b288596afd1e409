/** How dates and notices are written on the site's pages. */

/** A notice's short name: its 文号 when it has one, else its title. */
export function noticeName(notice: { docNumber?: string; title: string }): string {
  return notice.docNumber ?? notice.title
}

/** `2025-06-13` → `2025年6月13日` */
export function formatDate(day: string | undefined): string {
  if (!day) return ''
  const [y, m, d] = day.split('-').map(Number)
  return `${y}年${m}月${d}日`
}
