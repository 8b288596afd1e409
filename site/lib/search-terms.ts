/**
 * Shorter queries to try when a Chinese query finds nothing. Pagefind segments Chinese into
 * words, so a phrase it segments differently from the page (or a partial word) can miss; its
 * sub-terms — the query's words, then shorter runs of its characters — often find the page.
 */

const cjk = /[\u3400-\u9fff\uf900-\ufaff]/

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
