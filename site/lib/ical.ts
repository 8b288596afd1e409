/**
 * iCalendar (RFC 5545) for the study deadlines people keep in their phone's calendar: CRLF line
 * ends, lines folded at 75 octets without splitting a UTF-8 character, text escaped, stable
 * UIDs (one per topic and kind of date), and a DTSTAMP taken from the topic's last change so
 * the feed does not change on every rebuild.
 */

export interface CalendarEvent {
  /** stable across rebuilds, e.g. `2025-gongxu-deadline@jxjy.ah` */
  uid: string
  /** YYYY-MM-DD; an all-day event */
  date: string
  summary: string
  description?: string
  url?: string
  /** ISO timestamp of the last change of the source data */
  stamp: string
}

/** Escapes TEXT values: backslash, semicolon, comma and newlines (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n')
}

/** Folds a content line to at most 75 octets per line, continuation lines starting with a space. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder()
  const parts: string[] = []
  let current = ''
  let octets = 0
  for (const char of line) {
    const size = encoder.encode(char).length
    const limit = parts.length === 0 ? 75 : 74 // continuation lines lose one octet to the space
    if (octets + size > limit) {
      parts.push(current)
      current = ''
      octets = 0
    }
    current += char
    octets += size
  }
  parts.push(current)
  return parts.join('\r\n ')
}

const basicDate = (day: string) => day.slice(0, 10).replace(/-/g, '')

function nextDay(day: string): string {
  const date = new Date(`${day.slice(0, 10)}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() + 1)
  return date.toISOString().slice(0, 10)
}

/** `2025-06-12T03:04:05.678Z` → `20250612T030405Z` */
export function utcStamp(iso: string): string {
  const date = new Date(iso)
  const safe = Number.isNaN(date.getTime()) ? new Date(0) : date
  return safe.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '')
}

export function buildCalendar(events: readonly CalendarEvent[], options: { name: string; prodId: string }): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${options.prodId}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.name)}`,
    'X-WR-TIMEZONE:Asia/Shanghai',
  ]
  const sorted = [...events].sort((a, b) => a.date.localeCompare(b.date) || a.uid.localeCompare(b.uid))
  for (const event of sorted) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event.uid}`,
      `DTSTAMP:${utcStamp(event.stamp)}`,
      `DTSTART;VALUE=DATE:${basicDate(event.date)}`,
      `DTEND;VALUE=DATE:${basicDate(nextDay(event.date))}`,
      `SUMMARY:${escapeText(event.summary)}`,
    )
    if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`)
    if (event.url) lines.push(`URL:${event.url}`)
    lines.push('TRANSP:TRANSPARENT', 'END:VEVENT')
  }
  lines.push('END:VCALENDAR')
  return `${lines.map(foldLine).join('\r\n')}\r\n`
}
