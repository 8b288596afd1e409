import type { APIRoute } from 'astro'
import { buildCalendar, type CalendarEvent } from '../lib/ical.ts'
import { formatDate } from '../../components/lib/format.ts'
import { paths } from '../../components/lib/paths.ts'
import { siteData } from '../lib/site-data.ts'

/**
 * Every deadline the notices give (site/lib/deadlines.ts), one all-day event each, plus a topic's
 * own contract end where it differs from its year's deadline. UIDs are made from the deadline's
 * id (`study-2025@host`), never from a position, so a subscribed calendar keeps its entries as
 * new years are added. DTSTAMP is the deadline's own date: the feed only changes when the data do.
 */
export const GET: APIRoute = async ({ site }) => {
  const data = await siteData()
  const base = site ?? new URL('http://localhost:4321')
  const host = base.hostname
  const abs = (path: string) => new URL(path, base).href
  const events: CalendarEvent[] = []
  for (const d of data.deadlines) {
    const topics = d.studyYear === undefined ? [] : data.topics.filter((t) => t.year === d.studyYear)
    const url = abs(d.notice ? paths.notice(d.notice) : topics.length > 0 ? paths.topicYear(d.studyYear!) : paths.topics)
    const description = [
      d.detail,
      `依据：${d.citation}${d.interpretation ? '（截止日为本站对通知的理解）' : ''}`,
      topics.length > 0 ? `${d.studyYear}年度专题：${topics.map((t) => t.title).join('；')}` : undefined,
      `详情：${url}`,
    ]
      .filter(Boolean)
      .join('\n')
    events.push({ uid: `${d.id}@${host}`, date: d.date, summary: d.summary, description, url, stamp: `${d.date}T00:00:00+08:00` })
  }
  const yearDeadline = new Map(data.deadlines.filter((d) => d.studyYear !== undefined).map((d) => [d.studyYear!, d.date]))
  for (const t of data.topics) {
    const end = t.contractEnd ?? t.studyDeadline
    if (!end || end === yearDeadline.get(t.year)) continue
    const url = abs(paths.topic(t.year, t.slug))
    events.push({
      uid: `topic-${t.slug}@${host}`,
      date: end,
      summary: `专题截止：${t.title}`,
      description: `${t.year}年度公需科目专题“${t.title}”学习至${formatDate(end)}。\n详情：${url}`,
      url,
      stamp: t.updatedAt,
    })
  }
  const body = buildCalendar(events, { name: '安徽专技继续教育截止日期', prodId: '-//anhui-jxjy//deadlines//ZH' })
  return new Response(body, { headers: { 'content-type': 'text/calendar; charset=utf-8' } })
}
