/**
 * Text for Pagefind metadata that is searched word by word. Pagefind 1.6 segments Chinese body
 * text into words but indexes a metadata value split on spaces only, so "皖人社秘〔2025〕109号"
 * would be one unsearchable word. This splits it the way Pagefind splits the query in the
 * browser (Intl.Segmenter words, punctuation dropped, lower case), joined by spaces, so every
 * part of a 文号 or keyword matches the query's parts, and a quoted query matches them in order.
 */
const punctuation = /^[\p{P}\p{S}\s]+$/u

export function searchTokens(text: string): string {
  const words = new Intl.Segmenter('zh-CN', { granularity: 'word' })
  return Array.from(words.segment(text.normalize('NFKC')))
    .map((s) => s.segment.trim().toLocaleLowerCase())
    .filter((s) => s && !punctuation.test(s))
    .join(' ')
}
