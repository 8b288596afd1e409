/**
 * The search page's script. Pagefind's own script and index load only on first use (a query in
 * the URL, focus on the box, or typing), never with the page. A 文号 however typed (brackets,
 * with or without the issuer, "109号") is searched as the exact number and the notice that bears
 * it comes first; colloquial words are put into the pages' words (search-terms.ts). Results are
 * links with excerpts and, for long notices, a link to the section that matched; filterable by
 * type, year, issuer, level and status, sortable by date. A query that finds nothing is retried
 * with shorter sub-terms, and the page says so. Results are announced to screen readers.
 */
import { docNumberMatches, fallbackQueries, parseDocNumber, queryWords, rewriteQuery, type DocNumberQuery } from './search-terms.ts'

export interface PagefindSubResult {
  title: string
  url: string
  excerpt: string
  anchor?: { element: string; id: string; text?: string }
  locations?: number[]
}
export interface PagefindResultData {
  url: string
  excerpt: string
  meta: Record<string, string | undefined>
  filters: Record<string, string[] | undefined>
  sub_results?: PagefindSubResult[]
}
export interface PagefindResult {
  id: string
  score: number
  matchedMetaFields?: string[]
  data(): Promise<PagefindResultData>
}
type Filters = Record<string, { any: string[] }>
interface SearchOptions {
  filters?: Filters
  sort?: Record<string, 'asc' | 'desc'>
}
interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>
  mergeIndex(path: string, options?: Record<string, unknown>): Promise<void>
  search(query: string, options?: SearchOptions): Promise<{ results: PagefindResult[] } | null>
}

/** Results shown first (each costs a fragment fetch), and how many more each click adds. */
const firstPage = 5
const nextPage = 10
let pagefind: Promise<PagefindApi> | undefined

/**
 * Ranking: a match in a notice's 文号 (its `docKey` metadata, components/lib/search-tokens.ts)
 * outweighs everything (`docNumber`, the 文号 as written, is for display only), the
 * keywords a page is about (公需课 on the topics page) come next, then titles (Pagefind's 5).
 * Shorter FAQ pages should not drown the long notice a query names (e.g. 学时管理办法).
 */
export const searchOptions = {
  excerptLength: 40,
  ranking: { pageLength: 0.3, metaWeights: { docKey: 30, docNumber: 0, keywords: 10, titleKey: 8, title: 5 } },
}

function loadPagefind(): Promise<PagefindApi> {
  const url = '/pagefind/pagefind.js'
  pagefind ??= (import(/* @vite-ignore */ url) as Promise<PagefindApi>).then(async (api) => {
    await api.options(searchOptions)
    return api
  })
  return pagefind
}

/**
 * The long tail (repealed and expired notices, pages of earlier years: site/integrations/
 * pagefind.ts) is a second Pagefind bundle, merged into the search only when it is needed, so a
 * first query does not pay for it. Once merged it stays merged.
 */
let archive: Promise<void> | undefined
const archivePath = '/pagefind/archive/'

/** Merges the archive bundle, unless it is empty (a small site): Pagefind cannot merge that. */
async function mergeArchive(api: PagefindApi): Promise<void> {
  const entry = (await (await fetch(`${archivePath}pagefind-entry.json`)).json()) as { languages?: Record<string, unknown> }
  if (Object.keys(entry.languages ?? {}).length) await api.mergeIndex(archivePath, searchOptions)
}
const withArchive = (api: PagefindApi) => (archive ??= mergeArchive(api))
const archiveMerged = () => archive !== undefined

/** Copies Pagefind's excerpt as text, keeping only its <mark> highlights. */
function excerptNodes(excerpt: string): DocumentFragment {
  const template = document.createElement('template')
  template.innerHTML = excerpt // inert: template content is not rendered or run
  const out = document.createDocumentFragment()
  const copy = (node: Node, into: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === Node.TEXT_NODE) into.appendChild(document.createTextNode(child.textContent ?? ''))
      else if (child instanceof Element && child.tagName === 'MARK') {
        const mark = document.createElement('mark')
        mark.textContent = child.textContent
        into.appendChild(mark)
      } else copy(child, into)
    }
  }
  copy(template.content, out)
  return out
}

function selectedFilters(form: HTMLFormElement): Filters {
  const filters: Filters = {}
  for (const box of Array.from(form.querySelectorAll<HTMLInputElement>('input[type=checkbox][data-filter]:checked'))) {
    const name = box.dataset.filter!
    filters[name] ??= { any: [] }
    filters[name].any.push(box.value)
  }
  return filters
}

function selectedSort(form: HTMLFormElement): SearchOptions['sort'] {
  const value = form.querySelector<HTMLSelectElement>('#search-sort')?.value
  return value === 'date-desc' ? { date: 'desc' } : value === 'date-asc' ? { date: 'asc' } : undefined
}

interface Found {
  /** the query whose results these are, as the visitor would read it */
  used: string
  results: PagefindResult[]
  docNumber?: DocNumberQuery
}

const inDocKey = (r: PagefindResult) => Boolean(r.matchedMetaFields?.includes('docKey'))

/** Notices whose 文号 matched come before pages that only mention it (stable otherwise). */
export function docNumberFirst(results: PagefindResult[]): PagefindResult[] {
  return [...results.filter(inDocKey), ...results.filter((r) => !inDocKey(r))]
}

async function run(query: string, options: SearchOptions): Promise<Found> {
  const api = await loadPagefind()
  const docNumber = parseDocNumber(query)
  if (docNumber) {
    // A number may be any year's: search everything.
    await withArchive(api)
    // Quoted, Pagefind matches the number's parts next to each other and whole, so 109号 is
    // neither 1090号 nor a page holding 109 and 号 apart. Unquoted it also finds a 文号 typed
    // with parts the notice writes otherwise (人社部令25号 for 人社部令第25号).
    const exact = options.sort ? null : await api.search(`"${docNumber.canonical}"`, options)
    const loose = await api.search(docNumber.canonical, options)
    // The exact matches (the notice bearing the number first), then by score whatever else
    // has its parts (the pages citing it; the same index chunks, nothing more to load).
    const exactFirst = docNumberFirst(exact?.results ?? [])
    const seen = new Set(exactFirst.map((r) => r.id))
    const all = [...exactFirst, ...(loose?.results ?? []).filter((r) => !seen.has(r.id))]
    if (all.length) return { used: query, results: all, docNumber }
  }
  const rewritten = rewriteQuery(query)
  const first = await api.search(rewritten, options)
  if (first && first.results.length >= firstPage && (archiveMerged() || (await primaryAnswers(rewritten, first.results)))) {
    return { used: query, results: first.results }
  }
  // Too few in the primary index, or none of its first results is about the query: search the
  // long tail too.
  if (!archiveMerged()) {
    await withArchive(api)
    const all = await api.search(rewritten, options)
    if (all && all.results.length) return { used: query, results: all.results }
  } else if (first && first.results.length) return { used: query, results: first.results }
  for (const candidate of fallbackQueries(rewritten)) {
    const found = await api.search(candidate, options)
    if (found && found.results.length) return { used: candidate, results: found.results }
  }
  return { used: query, results: [] }
}

/**
 * Whether one of the first results is about the query: its title holds every word of it (as
 * the search page segments words). Only these fragments are fetched, and they are the ones
 * shown. A query the current pages only mention (打印证书 among pages on 打印 学时证明) then goes
 * on to the long tail, where the page about it may be. Keywords do not count: a FAQ category
 * (证书) is shared by many pages that are not about the query.
 */
export async function primaryAnswers(query: string, results: PagefindResult[]): Promise<boolean> {
  const words = queryWords(query)
  if (!words.length) return true
  const shown = await Promise.all(results.slice(0, firstPage).map((r) => r.data()))
  return shown.some((d) => {
    const about = [d.meta.title, d.meta.titleKey].filter(Boolean).join(' ').toLocaleLowerCase().replace(/\s+/g, '')
    return words.every((w) => about.includes(w))
  })
}

/** The section of a long page that matched best, when it is not the page's top. */
export function bestSection(item: PagefindResultData): PagefindSubResult | undefined {
  const best = [...(item.sub_results ?? [])].sort((a, b) => (b.locations?.length ?? 0) - (a.locations?.length ?? 0))[0]
  return best?.anchor ? best : undefined
}

function renderResults(list: HTMLOListElement, items: PagefindResultData[]) {
  list.replaceChildren(
    ...items.map((item) => {
      const li = document.createElement('li')
      const link = document.createElement('a')
      link.href = item.url
      link.textContent = item.meta.title ?? item.url
      const tags = document.createElement('span')
      tags.className = 'tags'
      tags.textContent = [
        item.filters.type?.[0],
        item.meta.docNumber,
        item.filters.year?.length ? `${item.filters.year.join('、')}年` : '',
        item.filters.issuer?.[0],
        item.filters.status?.[0],
      ]
        .filter(Boolean)
        .join(' · ')
      const section = bestSection(item)
      const excerpt = document.createElement('p')
      excerpt.append(excerptNodes(section?.excerpt ?? item.excerpt))
      li.append(link, tags)
      if (section) {
        const to = document.createElement('a')
        to.className = 'section'
        to.href = section.url
        to.textContent = `→ ${section.title}`
        li.append(to)
      }
      li.append(excerpt)
      return li
    }),
  )
}

export function startSearch(): void {
  const form = document.querySelector<HTMLFormElement>('#search-form')
  const input = document.querySelector<HTMLInputElement>('#search-q')
  const status = document.querySelector<HTMLElement>('#search-status')
  const list = document.querySelector<HTMLOListElement>('#search-results')
  if (!form || !input || !status || !list) return
  let generation = 0
  const more = document.createElement('button')
  more.type = 'button'
  more.id = 'search-more'
  more.textContent = '显示更多结果'
  more.hidden = true
  list.after(more)
  let pending: PagefindResult[] = []
  let shown: PagefindResultData[] = []
  let lastRun: { query: string; options: SearchOptions } | undefined

  const showMore = async (count: number, current: number, docNumber?: DocNumberQuery) => {
    let batch = await Promise.all(pending.slice(0, count).map((r) => r.data()))
    if (current !== generation) return
    pending = pending.slice(count)
    // The exact 文号 first, whatever else bears the same parts.
    if (docNumber) batch = [...batch.filter((d) => docNumberMatches(docNumber, d.meta.docNumber)), ...batch.filter((d) => !docNumberMatches(docNumber, d.meta.docNumber))]
    const seen = new Set(shown.map((d) => d.url))
    shown = [...shown, ...batch.filter((d) => !seen.has(d.url))]
    renderResults(list, shown)
    more.hidden = pending.length === 0 && archiveMerged()
  }
  more.addEventListener('click', () => {
    const current = generation
    void (async () => {
      if (!pending.length && !archiveMerged() && lastRun) {
        // The primary index is exhausted: go on with the long tail, skipping what is shown.
        const api = await loadPagefind()
        await withArchive(api)
        const all = await api.search(rewriteQuery(lastRun.query), lastRun.options)
        if (current !== generation) return
        pending = all?.results ?? []
      }
      await showMore(nextPage, current)
    })()
  })

  const search = async () => {
    const query = input.value.trim()
    const current = ++generation
    const url = new URL(location.href)
    if (query) url.searchParams.set('q', query)
    else url.searchParams.delete('q')
    history.replaceState(null, '', url)
    pending = []
    shown = []
    more.hidden = true
    if (!query) {
      list.replaceChildren()
      status.textContent = '请输入要搜索的词。'
      return
    }
    status.textContent = '正在搜索…'
    try {
      const sort = selectedSort(form)
      const options: SearchOptions = { filters: selectedFilters(form), ...(sort ? { sort } : {}) }
      const { used, results, docNumber } = await run(query, options)
      if (current !== generation) return
      lastRun = { query, options }
      pending = results
      await showMore(firstPage, current, sort ? undefined : docNumber)
      if (current !== generation) return
      if (!results.length) {
        const hints = fallbackQueries(query, 3)
        const tips = hints.length ? `试试更短的词，如“${hints.join('”“')}”，或减少筛选条件。` : '请换一个词，或减少筛选条件。'
        status.textContent = `没有找到与“${query}”相关的内容。${tips}`
      } else if (used !== query) {
        status.textContent = `没有找到完全匹配“${query}”的内容，下面是“${used}”的 ${results.length} 条结果。`
      } else {
        const tail = archiveMerged() ? '' : '往年和已失效的文件在“显示更多结果”里。'
        status.textContent = `找到 ${results.length} 条结果${results.length > firstPage ? `，先显示前 ${firstPage} 条` : ''}。${tail}`
      }
    } catch (error) {
      if (current !== generation) return
      status.textContent = '搜索暂时不可用，请稍后再试。'
      console.error(error)
    }
  }

  let timer: ReturnType<typeof setTimeout> | undefined
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    clearTimeout(timer)
    void search()
  })
  input.addEventListener('input', () => {
    clearTimeout(timer)
    timer = setTimeout(() => void search(), 300)
  })
  input.addEventListener('focus', () => void loadPagefind().catch(() => undefined), { once: true })
  form.addEventListener('change', (event) => {
    if ((event.target as HTMLElement).matches('input[type=checkbox], select') && input.value.trim()) void search()
  })
  if (input.value.trim()) void search()
}
