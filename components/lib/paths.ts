/** Readable, stable URLs built from slugs (stored in the CMS, so they survive rebuilds). */

/**
 * An issuer's name as a URL segment: the Chinese name itself (readable, and stable while the
 * name is), with characters that would end or break a path segment replaced.
 */
export function issuerKey(issuer: string): string {
  // eslint-disable-next-line no-control-regex
  return issuer.trim().replace(/[/\\?#%<>:"|*\u0000-\u001f\s]+/g, '-') || '-'
}

export const paths = {
  home: '/',
  notices: '/notices/',
  notice: (slug: string) => `/notices/${slug}/`,
  noticeFilter: (facet: 'year' | 'issuer' | 'level' | 'status' | 'workspace', value: string | number) =>
    `/notices/${facet}/${String(value)}/`,
  noticeFeed: '/notices/feed.xml',
  topics: '/topics/',
  topicYear: (year: number) => `/topics/${year}/`,
  topic: (year: number, slug: string) => `/topics/${year}/${slug}/`,
  topicChanges: '/topics/changes/',
  providers: '/providers/',
  provider: (slug: string) => `/providers/${slug}/`,
  faqs: '/faqs/',
  faq: (slug: string) => `/faqs/${slug}/`,
  faqAnchor: (slug: string) => `/faqs/#${slug}`,
  guides: '/guides/',
  guide: (slug: string) => `/guides/${slug}/`,
  bureaus: '/bureaus/',
  bureau: (slug: string) => `/bureaus/${slug}/`,
  calculator: '/calculator/',
  batch: '/calculator/batch/',
  batchTemplate: (ext: 'csv' | 'xlsx') => `/calculator/batch/template.${ext}`,
  search: '/search/',
  deadlines: '/deadlines.ics',
  file: (filename: string) => `/files/${filename}`,
  calculatorCycle: '/calculator/cycle/',
  rules: '/rules/',
  rule: (id: string) => `/rules/#rule-${id}`,
  rulesJson: '/rules.json',
  schema: (name: 'year-input.json' | 'cycle-input.json') => `/schemas/${name}`,
} as const
