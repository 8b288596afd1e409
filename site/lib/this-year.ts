/**
 * What the 今年学什么 block (components/ThisYear.astro) shows on the build's day, prepared once
 * from the site's data: the home page and /topics/ say the same thing.
 */
import { paths } from '../../components/lib/paths.ts'
import type { StudyYearView } from '../../components/lib/types.ts'
import type { SiteData } from './site-data.ts'
import { studyYearView, type StudyYear } from './study-years.ts'

export interface ThisYearData {
  current: StudyYearView
  stillOpen: StudyYearView[]
  lastClosed?: StudyYearView
  lastPublished?: StudyYearView
  /** how to reach the provincial platform: its guide, else the FAQ on it */
  platformHelp?: string
}

export function thisYear(site: SiteData): ThisYearData {
  const noticeSlugs = new Set(site.notices.map((n) => n.slug))
  const view = (y: StudyYear) => studyYearView(y, (slug) => (noticeSlugs.has(slug) ? paths.notice(slug) : undefined))
  const { years } = site
  return {
    current: view(years.current),
    stillOpen: years.stillOpen.map(view),
    lastClosed: years.lastClosed && view(years.lastClosed),
    lastPublished: years.lastPublished && view(years.lastPublished),
    platformHelp: platformHelp(site),
  }
}

function platformHelp(site: SiteData): string | undefined {
  if (site.guides.some((g) => g.id === '2021-xueyuan-denglu-baoming')) return paths.guide('2021-xueyuan-denglu-baoming')
  if (site.faqs.some((f) => f.slug === '2021-faq-02')) return paths.faq('2021-faq-02')
  return undefined
}
