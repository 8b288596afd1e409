import { describe, expect, it } from 'vitest'
import { buildAtomFeed, escapeXml } from '../../site/lib/atom.ts'
import { fileTypeName, formatBytes } from '../../site/lib/files.ts'
import { buildCalendar, escapeText, foldLine, utcStamp } from '../../site/lib/ical.ts'
import { issuerKey } from '../../site/lib/paths.ts'
import { noticeLinks } from '../../site/lib/relations.ts'
import { noticeSchema, topicSchema, type NoticeData, type ProviderData, type TopicData } from '../../site/lib/schemas.ts'
import { fallbackQueries } from '../../site/lib/search-terms.ts'
import { currentTopicYear, topicState, yearChanges } from '../../site/lib/topics.ts'

const notice = (id: number, slug: string, relations: NoticeData['relations'] = []): NoticeData =>
  noticeSchema.parse({ id, slug, title: slug, issuer: '安徽省人力资源和社会保障厅', level: 'province', year: 2025, status: 'in-force', relations, updatedAt: '2025-01-01T00:00:00.000Z' })

const topic = (over: Partial<Record<string, unknown>>): TopicData =>
  topicSchema.parse({ id: 1, year: 2025, title: '专题', slug: 't', hours: 30, updatedAt: '2025-01-01T00:00:00.000Z', ...over })

describe('schemas read what the CMS REST API returns', () => {
  it('takes the calendar day from Payload dates and ids from populated relations', () => {
    const n = noticeSchema.parse({
      id: 10,
      docNumber: '芜人社秘〔2025〕52号',
      title: '关于做好2025年度全市专业技术人员继续教育工作的通知',
      slug: 'wu-ren-she-mi-2025-52',
      issuer: '芜湖市人力资源和社会保障局',
      level: 'city',
      year: 2025,
      dateIssued: null,
      status: 'repealed',
      statusDate: '2025-06-12T00:00:00.000Z',
      statusBy: { id: 11, title: '…' },
      relations: null,
      attachments: [{ title: '附件1', file: null }],
      updatedAt: '2026-01-01T00:00:00.000Z',
    })
    expect(n.statusDate).toBe('2025-06-12')
    expect(n.statusBy).toBe(11)
    expect(n.dateIssued).toBeUndefined()
    expect(n.relations).toEqual([])
    expect(n.attachments).toEqual([{ title: '附件1', file: undefined, note: undefined }])
  })

  it('gives readable messages', () => {
    const result = noticeSchema.safeParse({ id: 1, slug: 'Bad Slug', title: 'x', issuer: 'y', level: 'county', year: 2025, status: 'in-force', updatedAt: '' })
    expect(result.success).toBe(false)
    const messages = result.error!.issues.map((i) => i.message).join('\n')
    expect(messages).toContain('slug 只能由小写字母、数字和连字符组成')
    expect(messages).toContain('层级应为')
    expect(topicSchema.safeParse({ id: 1, year: 2025, title: 'x', slug: 'x', hours: 30, contractStart: '2025-12-01T00:00:00.000Z', contractEnd: '2025-01-01T00:00:00.000Z', updatedAt: '' }).error?.issues[0]?.message).toBe('合同期结束日期早于开始日期')
  })
})

describe('noticeLinks: relations in both directions', () => {
  it('芜人社秘〔2025〕85号 repeals 52号: 85 lists it as outgoing, 52 as incoming', () => {
    const n52 = notice(10, 'wu-ren-she-mi-2025-52')
    const n85 = notice(11, 'wu-ren-she-mi-2025-85', [
      { kind: 'repeals', target: 10, note: '第四部分（一）' },
      { kind: 'implements', target: 99, note: undefined }, // a draft or unpublished notice: left out
    ])
    const links = noticeLinks([n52, n85])
    expect(links.get(11)!.outgoing).toEqual([{ kind: 'repeals', note: '第四部分（一）', notice: n52 }])
    expect(links.get(10)!.incoming).toEqual([{ kind: 'repeals', note: '第四部分（一）', notice: n85 }])
    expect(links.get(10)!.outgoing).toEqual([])
  })
})

describe('topics', () => {
  it('a 2021 topic with no dates counts as closed in 2025; a 2025 topic shows days left', () => {
    expect(topicState(topic({ year: 2021 }), '2025-06-01').status).toBe('closed')
    const state = topicState(topic({ contractStart: '2025-01-01', contractEnd: '2025-12-31', studyDeadline: '2026-03-31' }), '2025-12-01')
    expect(state).toMatchObject({ status: 'open', lastDay: '2025-12-31', daysLeft: 30 })
  })

  it('"this year" is the newest year with topics that is not in the future', () => {
    const topics = [topic({ year: 2021 }), topic({ year: 2023 }), topic({ year: 2027 })]
    expect(currentTopicYear(topics, '2025-05-01')).toBe(2023)
    expect(currentTopicYear([topic({ year: 2027 })], '2025-05-01')).toBe(2027)
    expect(currentTopicYear([], '2025-05-01')).toBeUndefined()
  })

  it('compares a year with the one before: new, continued and dropped topics and providers', () => {
    const a = { id: 1, name: '安徽开放大学', slug: 'a' } as ProviderData
    const b = { id: 2, name: '安徽冠成教育科技有限公司', slug: 'b' } as ProviderData
    const topics = [
      topic({ id: 1, year: 2022, title: '区块链技术', slug: 'x1', provider: 1 }),
      topic({ id: 2, year: 2022, title: '乡村振兴', slug: 'x2', provider: 1 }),
      topic({ id: 3, year: 2023, title: '《区块链技术》', slug: 'x3', provider: 2, hours: 20 }),
      topic({ id: 4, year: 2023, title: '数字中国', slug: 'x4', provider: 2 }),
    ]
    const c = yearChanges(topics, new Map([[1, a], [2, b]]), 2023)
    expect(c.newTopics.map((t) => t.title)).toEqual(['数字中国'])
    expect(c.droppedTopics.map((t) => t.title)).toEqual(['乡村振兴'])
    expect(c.continuedTopics.map(({ now, before }) => [now.hours, before.hours])).toEqual([[20, 30]])
    expect(c.newProviders).toEqual([b])
    expect(c.droppedProviders).toEqual([a])
    expect(c.providersNamed).toEqual({ now: true, before: true })
  })

  it('compares with an earlier year when the year before has no topics, and notes unnamed providers', () => {
    const topics = [topic({ id: 1, year: 2021, title: '区块链技术', provider: 1 }), topic({ id: 2, year: 2023, title: '数字中国' })]
    const c = yearChanges(topics, new Map(), 2023, 2021)
    expect(c.previousYear).toBe(2021)
    expect(c.newTopics.map((t) => t.title)).toEqual(['数字中国'])
    expect(c.providersNamed.now).toBe(false)
  })
})

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

describe('Atom feed', () => {
  it('escapes titles and summaries', () => {
    expect(escapeXml('<a href="x">&\u0001')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;')
    const xml = buildAtomFeed({
      id: 'https://s/notices/',
      title: '通知',
      selfUrl: 'https://s/notices/feed.xml',
      siteUrl: 'https://s/notices/',
      entries: [{ id: 'https://s/notices/a/', title: '<script>x</script>', url: 'https://s/notices/a/', updated: '2025-06-12T00:00:00.000Z', published: '2025-06-12' }],
    })
    expect(xml).toContain('<title>&lt;script&gt;x&lt;/script&gt;</title>')
    expect(xml).toContain('<published>2025-06-12T00:00:00+08:00</published>')
    expect(xml).toContain('<updated>2025-06-12T00:00:00.000Z</updated>')
  })
})

describe('search fallback for Chinese partial words', () => {
  it('tries shorter runs of characters, longest first', () => {
    expect(fallbackQueries('公需科目')).toEqual(['公需科', '需科目', '公需', '需科', '科目'])
    expect(fallbackQueries('区块链 证书')).toEqual(['区块链', '证书', '区块', '块链'])
    expect(fallbackQueries('学时')).toEqual([])
    expect(fallbackQueries('pagefind')).toEqual([])
  })
})

describe('attachments', () => {
  it('describes size and type', () => {
    expect(formatBytes(512)).toBe('512 B')
    expect(formatBytes(1536)).toBe('1.5 KB')
    expect(formatBytes(3 * 1024 * 1024)).toBe('3.0 MB')
    expect(formatBytes(undefined)).toBe('')
    expect(fileTypeName('application/pdf')).toBe('PDF')
    expect(fileTypeName(undefined, '备案表.xlsx')).toBe('XLSX')
  })
})

describe('issuerKey', () => {
  it('keeps Chinese names readable and replaces what would break a path segment', () => {
    expect(issuerKey('芜湖市人力资源和社会保障局')).toBe('芜湖市人力资源和社会保障局')
    expect(issuerKey('省委办公厅、省政府办公厅')).toBe('省委办公厅、省政府办公厅')
    expect(issuerKey('测试机关<img src=x onerror=alert(1)>')).toBe('测试机关-img-src=x-onerror=alert(1)-')
    expect(issuerKey('甲/乙?丙#丁')).toBe('甲-乙-丙-丁')
  })
})
