/**
 * Where the public-subject study years stand on the build's day (`SITE_TODAY`): the calendar
 * year and whether its topics are on the site, the earlier years still open (with days left),
 * the year that closed last, and the newest year whose topics the site holds. Built from the
 * dated deadlines (`deadlines.ts`) and the topics from the CMS; the home page and the topics
 * pages say what this says, so they never present an earlier year's topics as the current ones.
 */
import { daysUntil, lastStudyDay } from '../../rules/topic-date.ts'
import type { Deadline } from './deadlines.ts'
import type { StudyYearView } from '../../components/lib/types.ts'
import type { TopicData } from './schemas.ts'
import { topicsOfYear, topicYears } from './topics.ts'

export interface StudyYear {
  year: number
  /** the year's topics on this site (empty when they are not published here) */
  topics: TopicData[]
  /** the last day study counts for the year, when the notices give it */
  closes?: string
  /** the deadline record behind `closes`, for its citation */
  deadline?: Deadline
  /** on the day: open (closes on or after it), closed, or unknown (no date in the notices) */
  state: 'open' | 'closed' | 'unknown'
  /** days from the day until `closes`, while open */
  daysLeft?: number
}

export interface StudyYearsToday {
  today: string
  /** the calendar year of `today`: "this year" */
  current: StudyYear
  /** earlier years whose study is still open on the day, newest first */
  stillOpen: StudyYear[]
  /** the latest earlier year whose study has closed, if the notices date it */
  lastClosed?: StudyYear
  /** the newest year (up to the current one) whose topics are on the site */
  lastPublished?: StudyYear
}

function studyYear(year: number, today: string, topics: readonly TopicData[], deadlines: readonly Deadline[]): StudyYear {
  const own = topicsOfYear(topics, year)
  const deadline = deadlines.find((d) => d.studyYear === year)
  const topicDays = own.map((t) => lastStudyDay(t)).filter((d): d is string => Boolean(d)).sort()
  const closes = deadline?.date ?? topicDays.at(-1)
  const state = closes === undefined ? (year < Number(today.slice(0, 4)) - 1 ? 'closed' : 'unknown') : today <= closes ? 'open' : 'closed'
  return {
    year,
    topics: own,
    ...(closes ? { closes } : {}),
    ...(deadline ? { deadline } : {}),
    state,
    ...(state === 'open' && closes ? { daysLeft: daysUntil(closes, today) } : {}),
  }
}

export function studyYearsToday(today: string, topics: readonly TopicData[], deadlines: readonly Deadline[]): StudyYearsToday {
  const currentYear = Number(today.slice(0, 4))
  const years = new Set<number>([...topicYears(topics), ...deadlines.flatMap((d) => (d.studyYear === undefined ? [] : [d.studyYear]))])
  const earlier = [...years].filter((y) => y < currentYear).sort((a, b) => b - a).map((y) => studyYear(y, today, topics, deadlines))
  const current = studyYear(currentYear, today, topics, deadlines)
  const withTopics = [current, ...earlier].find((y) => y.topics.length > 0)
  const lastClosed = earlier.find((y) => y.state === 'closed' && y.closes !== undefined)
  return {
    today,
    current,
    stillOpen: earlier.filter((y) => y.state === 'open'),
    ...(lastClosed ? { lastClosed } : {}),
    ...(withTopics ? { lastPublished: withTopics } : {}),
  }
}

/** Whether any of a year's topics names its provider, learning address or hotline. */
export function topicsNameProviders(topics: readonly TopicData[]): boolean {
  return topics.some((t) => t.provider !== undefined || t.learningUrl !== undefined || t.hotlines.length > 0)
}

/** A study year as the components take it: topics, providers named or not, the deadline with its link. */
export function studyYearView(y: StudyYear, noticeHref: (slug: string) => string | undefined): StudyYearView {
  const href = y.deadline?.notice ? noticeHref(y.deadline.notice) : undefined
  return {
    year: y.year,
    state: y.state,
    ...(y.closes ? { closes: y.closes } : {}),
    ...(y.daysLeft !== undefined ? { daysLeft: y.daysLeft } : {}),
    topics: y.topics.map((t) => ({ year: t.year, slug: t.slug, title: t.title })),
    providersNamed: topicsNameProviders(y.topics),
    ...(y.deadline
      ? { deadline: { detail: y.deadline.detail, citation: y.deadline.citation, interpretation: y.deadline.interpretation, ...(href ? { href } : {}) } }
      : {}),
  }
}
