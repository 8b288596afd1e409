/**
 * Every deadline the notices give, as dated data: the study windows of the public subjects
 * (taken from the rules table, so the site and the calculator never disagree) and the few
 * other dates the notices set (Wuhu's platform). The home page, the topic pages and
 * `/deadlines.ics` all read this list.
 */
import { RULES, type Rule } from '../../rules/index.ts'
import type { NoticeData } from './schemas.ts'

export interface Deadline {
  /** stable across rebuilds and years: the calendar's UID is made from it */
  id: string
  /** the last day that still counts, YYYY-MM-DD */
  date: string
  /** the study year the deadline closes, for public-subject windows */
  studyYear?: number
  /** a short title for a calendar entry */
  summary: string
  /** what the notice says, in its words or close to them */
  detail: string
  /** 文号 or the notice's name, and the article */
  citation: string
  /** the notice's slug on this site, when it is there */
  notice?: string
  /** true where the date is the project's reading of the notice (e.g. "from 1 June" → until 31 May) */
  interpretation: boolean
}

/** The notice a rule cites: by 文号, else the numberless notice taken from the same scan. */
function noticeOf(rule: Rule, notices: readonly NoticeData[]): NoticeData | undefined {
  return (
    notices.find((n) => n.docNumber === rule.source) ??
    notices.find((n) => !n.docNumber && n.source === rule.seed)
  )
}

/**
 * The public subjects' study windows the rules table holds: one deadline per study year, each
 * only once the notice giving it is on the site (on an earlier day it is not known yet).
 */
export function studyWindowDeadlines(notices: readonly NoticeData[], rules: readonly Rule[] = RULES): Deadline[] {
  return rules
    .filter((r) => r.key.startsWith('study-window:') && r.validTo)
    .flatMap((r) => {
      const studyYear = Number(r.key.slice('study-window:'.length))
      const notice = noticeOf(r, notices)
      if (!notice) return []
      return [{
        id: `study-${studyYear}`,
        date: r.validTo!,
        studyYear,
        // A window the notices give as "the contract ended, no longer counts from …" says so.
        summary: r.interpretation ? `${studyYear}年度公需科目专题最后学习日（合同到期，次日起不再作为公需科目）` : `${studyYear}年度公需科目学习截止`,
        detail: r.summary.zh,
        citation: `${r.source} ${r.article}`,
        notice: notice.slug,
        interpretation: r.interpretation,
      }]
    })
}

/** Dates the notices set that are not a public-subject study window. */
const otherDeadlines: ReadonlyArray<Omit<Deadline, 'notice'> & { docNumber: string }> = [
  {
    id: 'wuhu-platform-professional-2026',
    date: '2026-03-31',
    summary: '芜湖市平台专业科目学习功能关闭',
    detail: '芜湖市专业技术人员综合管理服务平台继续教育专业科目学习功能运行至2026年3月31日关闭，届时不再保留专业科目学习功能。',
    citation: '芜人社秘〔2025〕85号 四（一）',
    docNumber: '芜人社秘〔2025〕85号',
    interpretation: false,
  },
]

/** Every deadline the notices on the site give, oldest first. */
export function noticeDeadlines(notices: readonly NoticeData[], rules: readonly Rule[] = RULES): Deadline[] {
  const others = otherDeadlines.flatMap(({ docNumber, ...d }) => {
    const notice = notices.find((n) => n.docNumber === docNumber)
    return notice ? [{ ...d, notice: notice.slug }] : []
  })
  return [...studyWindowDeadlines(notices, rules), ...others].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))
}
