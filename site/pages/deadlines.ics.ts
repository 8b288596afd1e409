import type { APIRoute } from 'astro'
import { buildCalendar, type CalendarEvent } from '../lib/ical.ts'
import { paths } from '../../components/lib/paths.ts'
import { siteData } from '../lib/site-data.ts'

/** Study deadlines and contract-window ends of every topic, as an iCalendar feed. */
export const GET: APIRoute = async ({ site }) => {
  const data = await siteData()
  const base = site ?? new URL('http://localhost:4321')
  const host = base.hostname
  const events: CalendarEvent[] = []
  for (const t of data.topics) {
    const provider = t.provider === undefined ? undefined : data.providerById.get(t.provider)
    const url = new URL(paths.topic(t.year, t.slug), base).href
    const description = [`${t.year}年度公需科目专题：${t.title}（${t.hours}学时）`, provider && `培训单位：${provider.name}`, t.learningUrl && `学习网址：${t.learningUrl}`, `详情：${url}`]
      .filter(Boolean)
      .join('\n')
    if (t.studyDeadline) {
      events.push({ uid: `${t.slug}-study-deadline@${host}`, date: t.studyDeadline, summary: `学习截止：${t.title}`, description, url, stamp: t.updatedAt })
    }
    if (t.contractEnd && t.contractEnd !== t.studyDeadline) {
      events.push({ uid: `${t.slug}-contract-end@${host}`, date: t.contractEnd, summary: `合同期结束：${t.title}`, description, url, stamp: t.updatedAt })
    }
  }
  const body = buildCalendar(events, { name: '安徽公需科目截止日期', prodId: '-//anhui-jxjy//deadlines//ZH' })
  return new Response(body, { headers: { 'content-type': 'text/calendar; charset=utf-8' } })
}
