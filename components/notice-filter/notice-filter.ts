/**
 * The notice list's filter form in the browser: shows the form (hidden without JavaScript, where
 * the one-facet link pages serve instead), applies the query string on load, and on each change
 * hides what does not match and writes the choice into the URL so it can be shared.
 */
import { filterFacets, matches, queryFromSelection, selectionFromQuery, type FilterFacet, type Selection } from './filter.ts'

function selectionOf(form: HTMLFormElement): Selection {
  const selection: Selection = new Map()
  for (const facet of filterFacets) {
    const values = [...form.querySelectorAll<HTMLInputElement>(`input[name="${facet}"]:checked`)].map((i) => i.value)
    if (values.length > 0) selection.set(facet, new Set(values))
  }
  return selection
}

function apply(form: HTMLFormElement, items: HTMLElement[], status: HTMLElement): void {
  const selection = selectionOf(form)
  let shown = 0
  for (const item of items) {
    const facets = Object.fromEntries(filterFacets.map((f) => [f, item.dataset[f] ?? ''])) as Record<FilterFacet, string>
    const visible = matches(facets, selection)
    item.hidden = !visible
    if (visible) shown += 1
  }
  status.textContent = selection.size === 0 ? `全部通知，共 ${items.length} 件。` : shown > 0 ? `符合条件的通知共 ${shown} 件。` : '没有符合全部条件的通知，请减少筛选条件。'
  history.replaceState(null, '', `${location.pathname}${queryFromSelection(selection)}${location.hash}`)
}

export function startNoticeFilter(): void {
  const form = document.querySelector<HTMLFormElement>('form[data-notice-filter]')
  const status = document.querySelector<HTMLElement>('#notice-filter-status')
  if (!form || !status) return
  const items = [...document.querySelectorAll<HTMLElement>('.notice-list > li')]
  const initial = selectionFromQuery(location.search)
  for (const input of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
    input.checked = initial.get(input.name as FilterFacet)?.has(input.value) ?? false
  }
  form.hidden = false
  document.querySelector<HTMLElement>('nav.notice-filters')?.setAttribute('hidden', '')
  form.addEventListener('change', () => apply(form, items, status))
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    apply(form, items, status)
  })
  form.addEventListener('reset', () => setTimeout(() => apply(form, items, status), 0))
  apply(form, items, status)
}
