/**
 * The search page's script. Pagefind's own script and index load only on first use (a query in
 * the URL, focus on the box, or typing), never with the page. Results are links with excerpts,
 * filterable by type, year and issuer; a query that finds nothing is retried with shorter
 * sub-terms, and the page says so. Results are announced to screen readers.
 */
import { fallbackQueries } from './search-terms.ts'

interface PagefindResultData {
  url: string
  excerpt: string
  meta: Record<string, string | undefined>
  filters: Record<string, string[] | undefined>
}
interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>
  search(
    query: string,
    options?: { filters?: Record<string, { any: string[] }> },
  ): Promise<{ results: Array<{ id: string; data(): Promise<PagefindResultData> }> } | null>
}

/** Results shown first (each costs a fragment fetch), and how many more each click adds. */
const firstPage = 5
const nextPage = 10
let pagefind: Promise<PagefindApi> | undefined

function loadPagefind(): Promise<PagefindApi> {
  const url = '/pagefind/pagefind.js'
  pagefind ??= (import(/* @vite-ignore */ url) as Promise<PagefindApi>).then(async (api) => {
    // Shorter FAQ pages should not drown the long notice a query names (e.g. 学时管理办法).
    await api.options({ excerptLength: 40, ranking: { pageLength: 0.3 } })
    return api
  })
  return pagefind
}

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

function selectedFilters(form: HTMLFormElement): Record<string, { any: string[] }> {
  const filters: Record<string, { any: string[] }> = {}
  for (const box of Array.from(form.querySelectorAll<HTMLInputElement>('input[type=checkbox][data-filter]:checked'))) {
    const name = box.dataset.filter!
    filters[name] ??= { any: [] }
    filters[name].any.push(box.value)
  }
  return filters
}

async function run(query: string, filters: Record<string, { any: string[] }>) {
  const api = await loadPagefind()
  const first = await api.search(query, { filters })
  if (first && first.results.length) return { used: query, results: first.results }
  for (const candidate of fallbackQueries(query)) {
    const found = await api.search(candidate, { filters })
    if (found && found.results.length) return { used: candidate, results: found.results }
  }
  return { used: query, results: [] }
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
      tags.textContent = [item.filters.type?.[0], item.filters.year?.length ? `${item.filters.year.join('、')}年` : '', item.filters.issuer?.[0]]
        .filter(Boolean)
        .join(' · ')
      const excerpt = document.createElement('p')
      excerpt.append(excerptNodes(item.excerpt))
      li.append(link, tags, excerpt)
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
  let pending: Array<{ data(): Promise<PagefindResultData> }> = []
  let shown: PagefindResultData[] = []

  const showMore = async (count: number, current: number) => {
    const batch = await Promise.all(pending.slice(0, count).map((r) => r.data()))
    if (current !== generation) return
    pending = pending.slice(count)
    shown = [...shown, ...batch]
    renderResults(list, shown)
    more.hidden = pending.length === 0
  }
  more.addEventListener('click', () => void showMore(nextPage, generation))

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
      const { used, results } = await run(query, selectedFilters(form))
      if (current !== generation) return
      pending = results
      await showMore(firstPage, current)
      if (current !== generation) return
      if (!results.length) {
        const hints = fallbackQueries(query, 3)
        const tips = hints.length ? `试试更短的词，如“${hints.join('”“')}”，或减少筛选条件。` : '请换一个词，或减少筛选条件。'
        status.textContent = `没有找到与“${query}”相关的内容。${tips}`
      } else if (used !== query) {
        status.textContent = `没有找到完全匹配“${query}”的内容，下面是“${used}”的 ${results.length} 条结果。`
      } else {
        status.textContent = `找到 ${results.length} 条结果${results.length > firstPage ? `，先显示前 ${firstPage} 条` : ''}。`
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
    if ((event.target as HTMLElement).matches('input[type=checkbox]') && input.value.trim()) void search()
  })
  if (input.value.trim()) void search()
}
