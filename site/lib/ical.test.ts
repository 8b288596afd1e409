import { describe, expect, it } from 'vitest'
import { buildCalendar, escapeText, foldLine, utcStamp } from './ical.ts'

describe('iCalendar', () => {
  it('folds at 75 octets without splitting a Chinese character, continuation lines start with a space', () => {
    const line = `SUMMARY:${'学习截止'.repeat(20)}`
    const folded = foldLine(line)
    const parts = folded.split('\r\n')
    expect(parts.length).toBeGreaterThan(1)
    for (const [i, part] of parts.entries()) {
      expect(Buffer.byteLength(part)).toBeLessThanOrEqual(75)
      if (i > 0) expect(part.startsWith(' ')).toBe(true)
    }
    expect(parts.map((p, i) => (i ? p.slice(1) : p)).join('')).toBe(line)
  })

  it('escapes text and builds a calendar with CRLF, stable UID and DTSTAMP', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne')
    expect(utcStamp('2025-06-12T03:04:05.678Z')).toBe('20250612T030405Z')
    const event = { uid: '2023-x-study-deadline@jxjy.example.cn', date: '2024-03-31', summary: '学习截止：区块链', stamp: '2025-01-01T00:00:00.000Z' }
    const ics = buildCalendar([event], { name: '截止日期', prodId: '-//t//t//ZH' })
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true)
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true)
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/\n/)
    expect(ics).toContain('UID:2023-x-study-deadline@jxjy.example.cn\r\n')
    expect(ics).toContain('DTSTAMP:20250101T000000Z\r\n')
    expect(ics).toContain('DTSTART;VALUE=DATE:20240331\r\nDTEND;VALUE=DATE:20240401\r\n')
    expect(buildCalendar([event], { name: '截止日期', prodId: '-//t//t//ZH' })).toBe(ics)
  })
})
