/**
 * Fixtures named after worked examples from the notices: input, expected output and the rule's
 * source. Checked as of a fixed date so the results do not move with the calendar.
 */
import { describe, expect, it } from 'vitest'
import { checkYear, yearLineText, zh, type Activity, type YearResult } from '../../rules/index.ts'

interface Fixture {
  name: string
  source: string
  year: number
  asOf: string
  activities: Activity[]
  expect: Partial<Pick<YearResult, 'total' | 'public' | 'professional' | 'met' | 'outcome' | 'substituted'>>
  rules: string[]
  warnings?: string[]
}

const fixtures: Fixture[] = [
  {
    name: '2021: one of the six topics (30) and 60 unit-recognised professional hours meets 90',
    source: '皖人社秘〔2021〕115号 三、五（四）',
    year: 2021, asOf: '2022-12-31',
    activities: [
      { type: 'public-topic', date: '2021-05-10', score: 82, topic: '区块链技术与应用' },
      { type: 'professional', hours: 60, date: '2021-09-01' },
    ],
    expect: { total: 90, public: 30, professional: 60, met: true, outcome: 'met' },
    rules: ['requirement-old', 'public-topic', 'professional-old'],
  },
  {
    name: '2023: a topic finished 2024-03-31 still counts for 2023',
    source: '宜人社秘〔2023〕43号 二（一）',
    year: 2023, asOf: '2025-01-01',
    activities: [
      { type: 'public-topic', date: '2024-03-31' },
      { type: 'professional', hours: 60, date: '2023-11-01' },
    ],
    expect: { total: 90, public: 30, met: true },
    rules: ['study-window-2023'],
  },
  {
    name: '2024: 120 professional hours and no topic: no substitution before 2025, public 30 short',
    source: '芜人社秘〔2025〕85号 五（二）; RULES.md §1 interpretation',
    year: 2024, asOf: '2026-01-01',
    activities: [{ type: 'professional', hours: 120, date: '2024-06-01' }],
    expect: { total: 120, public: 0, professional: 120, met: false, outcome: 'not-met', substituted: 0 },
    rules: ['requirement-old', 'regime-old'],
  },
  {
    name: '2026: a qualification exam (90) alone meets the year, 30 of it counted as public',
    source: '皖人社秘〔2025〕109号（八）; 芜人社秘〔2025〕85号 五（二）',
    year: 2026, asOf: '2027-12-31',
    activities: [{ type: 'qualification-exam', date: '2026-09-01' }],
    expect: { total: 90, public: 30, professional: 60, met: true, substituted: 30 },
    rules: ['conversion-exam', 'substitution'],
  },
  {
    name: '2026: 10 days of training (60) plus the topic (30) meets 90',
    source: '皖人社秘〔2025〕109号（十）',
    year: 2026, asOf: '2027-01-10',
    activities: [{ type: 'training', days: 10, date: '2026-10-12' }, { type: 'public-topic', date: '2026-04-01' }],
    expect: { total: 90, public: 30, professional: 60, met: true },
    rules: ['conversion-training', 'public-topic'],
  },
  {
    name: '2026: exam and degree and lectures: 就高原则 keeps one option of 90, not 190',
    source: '皖人社秘〔2025〕109号 第二十二条前一条第4项 (the scan lost its number); 芜人社秘〔2025〕85号 五（三）',
    year: 2026, asOf: '2027-12-31',
    activities: [
      { type: 'qualification-exam', date: '2026-03-01' },
      { type: 'degree', date: '2026-07-01' },
      { type: 'lecture', count: 2, date: '2026-05-01' },
    ],
    expect: { total: 90, met: true },
    rules: ['highest-option'],
    warnings: ['not-highest', 'not-highest'],
  },
  {
    name: '2026: 3 days training (18) with 12 public courseware and 7 courseware without hours: courseware adds on top',
    source: '皖人社秘〔2025〕109号（十）（十二）; 阜阳 2025 notice 五 (interpretation)',
    year: 2026, asOf: '2026-12-01',
    activities: [
      { type: 'training', days: 3, date: '2026-06-20' },
      { type: 'courseware', subject: 'public', hours: 12, date: '2026-05-01' },
      { type: 'courseware', subject: 'professional', count: 7, date: '2026-05-01' },
    ],
    expect: { total: 37, public: 12, professional: 25, met: false, outcome: 'in-progress' },
    rules: ['courseware-on-top', 'conversion-courseware'],
  },
  {
    name: '2025 straddling the split: 40 old-standard hours before 13 June, 5 days training after',
    source: '芜人社秘〔2025〕85号 五（一）',
    year: 2025, asOf: '2027-06-01',
    activities: [
      { type: 'professional', hours: 40, date: '2025-03-01' },
      { type: 'training', days: 5, date: '2025-09-01' },
      { type: 'public-topic', date: '2025-10-01' },
    ],
    expect: { total: 100, public: 30, professional: 70, met: true },
    rules: ['professional-old', 'conversion-training'],
  },
  {
    name: 'training on 12 June 2025 has no 109号 conversion: enter the unit-recognised hours instead',
    source: '芜人社秘〔2025〕85号 五（一）',
    year: 2025, asOf: '2027-01-01',
    activities: [{ type: 'training', days: 5, date: '2025-06-12' }],
    expect: { total: 0, met: false, outcome: 'not-met' },
    rules: ['regime-old'],
    warnings: ['old-standard-conversion'],
  },
  {
    name: 'unit-recognised hours dated after 13 June 2025 count, with a warning',
    source: 'RULES.md §5',
    year: 2026, asOf: '2027-12-31',
    activities: [{ type: 'professional', hours: 90, date: '2026-03-01' }],
    expect: { total: 90, public: 30, professional: 60, met: true, substituted: 30 },
    rules: ['professional-after-109'],
    warnings: ['professional-after-109'],
  },
  {
    name: 'a 2025 make-up in 2026 counts for 2025; a degree in 2026 does not',
    source: '皖人社秘〔2021〕115号 五（四）; 109号（九）',
    year: 2025, asOf: '2026-12-01',
    activities: [
      { type: 'training', days: 15, date: '2026-02-01' },
      { type: 'degree', date: '2026-07-01' },
      { type: 'public-topic', date: '2025-11-01' },
    ],
    expect: { total: 120, public: 30, professional: 90, met: true },
    rules: ['make-up'],
    warnings: ['degree-year'],
  },
  {
    name: 'hours two years later are cramming and not counted',
    source: '皖人社秘〔2021〕115号 五（四）',
    year: 2025, asOf: '2028-01-01',
    activities: [{ type: 'training', days: 15, date: '2027-03-01' }],
    expect: { total: 0, met: false, outcome: 'not-met' },
    rules: ['cramming'],
    warnings: ['cramming'],
  },
  {
    name: 'a topic exam of 55 does not count; two passed topics count once',
    source: '皖人社秘〔2021〕115号 附件2 十六、十七',
    year: 2021, asOf: '2023-01-01',
    activities: [
      { type: 'public-topic', date: '2021-04-10', score: 55 },
      { type: 'public-topic', date: '2021-05-10', score: 70 },
      { type: 'public-topic', date: '2021-06-10', score: 90 },
    ],
    expect: { public: 30 },
    rules: ['public-topic-exam', 'public-topic-one-a-year'],
    warnings: ['exam-failed', 'extra-topic'],
  },
]

describe('worked examples', () => {
  for (const f of fixtures) {
    it(`${f.name} — ${f.source}`, () => {
      const r = checkYear({ year: f.year, activities: f.activities }, { asOf: f.asOf })
      expect(r).toMatchObject(f.expect)
      const ids = r.rules.map((x) => x.id)
      for (const id of f.rules) expect(ids).toContain(id)
      if (f.warnings) expect(r.warnings.map((w) => w.code).sort()).toEqual([...f.warnings].sort())
      for (const l of [...r.explanations, ...r.warnings]) {
        expect(l.citation.length).toBeGreaterThan(4)
        expect(ids).toContain(l.ruleId)
      }
      expect(r.shortfall.total).toBe(Math.max(0, r.required.total - r.total))
    })
  }
})

describe('RULES.md §5 example input', () => {
  it('gives 139 hours: topic 30 + courseware 19 + the degree 90 chosen under 就高原则', () => {
    const r = checkYear({
      year: 2026,
      activities: [
        { type: 'public-topic', date: '2026-04-10' },
        { type: 'courseware', subject: 'public', hours: 12, date: '2026-05-01' },
        { type: 'courseware', subject: 'professional', count: 7, date: '2026-05-01' },
        { type: 'training', days: 3, date: '2026-06-20' },
        { type: 'lecture', count: 2, date: '2026-07-01' },
        { type: 'qualification-exam', date: '2026-09-01' },
        { type: 'degree', date: '2026-07-01' },
        { type: 'professional', hours: 40, date: '2024-10-01' },
        { type: 'other-conversion', hours: 40, date: '2026-08-01', note: '论文' },
      ],
    }, { asOf: '2026-12-01' })
    expect(r).toMatchObject({ total: 139, public: 42, professional: 97, met: true })
    expect(r.warnings.map((w) => w.code)).toContain('outside-year')
    expect(r.warnings.map((w) => w.code)).toContain('check-document')
  })
})

describe('topics from the CMS', () => {
  it('warns when a topic is finished after its contract ended and after the study deadline', () => {
    const topics = [{ year: 2025, title: '某专题', contractStart: '2025-06-01', contractEnd: '2026-05-31', studyDeadline: '2026-05-31' }]
    const r = checkYear({ year: 2025, activities: [{ type: 'public-topic', date: '2026-06-05', topic: '某专题' }] }, { asOf: '2026-07-01', topics })
    expect(r.warnings.map((w) => w.code)).toEqual(['topic-after-contract', 'topic-after-deadline'])
  })
})

describe('asOf previews a date', () => {
  it('the same 2026 shortfall is in progress during 2027 and not met from 2028', () => {
    const input = { year: 2026, activities: [{ type: 'training', days: 2, date: '2026-05-01' }] }
    expect(checkYear(input, { asOf: '2027-12-31' }).outcome).toBe('in-progress')
    expect(checkYear(input, { asOf: '2028-01-01' }).outcome).toBe('not-met')
  })
  it('an activity after the preview date is counted as planned, with a warning citing recognition after review (85号 五（四）)', () => {
    const r = checkYear({ year: 2026, activities: [{ type: 'training', days: 2, date: '2026-05-01' }] }, { asOf: '2026-01-01' })
    expect(r.warnings.map((w) => w.code)).toEqual(['planned'])
    expect(r.warnings[0]).toMatchObject({ ruleId: 'planned', citation: '芜人社秘〔2025〕85号 五（四）', interpretation: true })
  })
})

describe('citations corrected in issue 15', () => {
  it('就高原则 is cited as the article before 第二十二条, never 第二十一条 (RULES.md §2)', () => {
    const r = checkYear({ year: 2026, activities: [{ type: 'qualification-exam', date: '2026-03-01' }, { type: 'degree', date: '2026-07-01' }] }, { asOf: '2027-01-01' })
    const line = r.explanations.find((l) => l.code === 'highest-option')!
    expect(line.citation).toContain('第二十二条前一条')
    expect(line.citation).not.toContain('第二十一条')
    expect(line.citation).toContain('芜人社秘〔2025〕85号 五（三）')
  })
  it('the 90-hour total before 13 June 2025 is cited where the 90 is printed, not to 115号 alone (RULES.md §1)', () => {
    const r = checkYear({ year: 2023, activities: [] }, { asOf: '2026-01-01' })
    const line = r.explanations.find((l) => l.code === 'requirement')!
    expect(line.citation.startsWith('宜人社秘〔2023〕43号 三（一）')).toBe(true)
  })
  it('public courseware before 13 June 2025 is pointed to the year’s topic, not to professional hours', () => {
    const r = checkYear({ year: 2024, activities: [{ type: 'courseware', subject: 'public', hours: 10, date: '2024-05-01' }] }, { asOf: '2026-01-01' })
    expect(r.warnings.map((w) => w.code)).toEqual(['old-standard-public'])
    const text = yearLineText(zh, r.warnings[0]!)
    expect(text).toContain('公需科目专题')
    expect(text).not.toContain('单位认定的专业学时')
    const pro = checkYear({ year: 2024, activities: [{ type: 'courseware', subject: 'professional', hours: 10, date: '2024-05-01' }] }, { asOf: '2026-01-01' })
    expect(pro.warnings.map((w) => w.code)).toEqual(['old-standard-conversion'])
  })
})
