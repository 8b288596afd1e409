import { todayInChina } from '../../rules/dates.ts'

/** The build's "today" in Beijing (SITE_TODAY overrides it for tests): the day every page is true on. */
export function siteToday(): string {
  return process.env.SITE_TODAY?.slice(0, 10) || todayInChina(new Date())
}
