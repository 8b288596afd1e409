/**
 * The notice list's filters, as pure functions the page script and the tests share: which
 * facets a query string selects, whether an item matches them (any value within a facet, every
 * facet at once), and the query string for a selection.
 */

/** The facets in the order of the form and of the query string. */
export const filterFacets = ['year', 'workspace', 'issuer', 'level', 'status', 'subject'] as const
export type FilterFacet = (typeof filterFacets)[number]

export type Selection = Map<FilterFacet, Set<string>>

/** The facets a query string selects; repeated keys are alternatives (`?year=2021&year=2025`). */
export function selectionFromQuery(search: string): Selection {
  const params = new URLSearchParams(search)
  const selection: Selection = new Map()
  for (const facet of filterFacets) {
    const values = params.getAll(facet).filter((v) => v !== '')
    if (values.length > 0) selection.set(facet, new Set(values))
  }
  return selection
}

/** `?year=2025&level=city`: the selection as a shareable query string ('' when nothing is chosen). */
export function queryFromSelection(selection: Selection): string {
  const params = new URLSearchParams()
  for (const facet of filterFacets) for (const value of selection.get(facet) ?? []) params.append(facet, value)
  const query = params.toString()
  return query ? `?${query}` : ''
}

/**
 * Whether an item with these facet values (space-separated tokens per facet, as in the list's
 * data attributes) is shown: every selected facet must share at least one value with the item.
 */
export function matches(item: Partial<Record<FilterFacet, string>>, selection: Selection): boolean {
  for (const [facet, wanted] of selection) {
    const values = (item[facet] ?? '').split(' ').filter(Boolean)
    if (!values.some((v) => wanted.has(v))) return false
  }
  return true
}
