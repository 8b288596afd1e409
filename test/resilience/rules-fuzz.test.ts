/**
 * Malformed input to the rules module and the `hours` command: every one is refused with errors
 * that name a field (exit 2 with nothing on standard output for the CLI), never a silent zero,
 * never a crash.
 */
import { spawnSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { checkCycle, checkYear, errorText, RulesInputError, zh } from '../../rules/index.ts'
import { prng } from '../../bench/lib/prng.ts'
import { projectRoot } from '../../paths.ts'

const root = projectRoot


const junk = [null, undefined, '', '  ', 'abc', -1, 0.5, Infinity, -0.001, NaN, {}, [], [[]], true, '2026-02-30', '2026-13-01', '１２', '<script>', 2.5, 1e12]

/** A valid activity of each kind, from RULES.md §5. */
const valid = [
  { type: 'public-topic', date: '2026-04-10' },
  { type: 'courseware', subject: 'public', hours: 12, date: '2026-05-01' },
  { type: 'training', days: 3, date: '2026-06-20' },
  { type: 'lecture', count: 2, date: '2026-07-01' },
  { type: 'qualification-exam', date: '2026-09-01' },
  { type: 'degree', date: '2026-07-01' },
  { type: 'other-conversion', hours: 40, date: '2026-08-01', note: '论文' },
]

/** Breaks a valid input in exactly one place, in a way the rules must refuse. */
function malformed(random: () => number): unknown {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!
  const activity = { ...pick(valid) } as Record<string, unknown>
  switch (Math.floor(random() * 9)) {
    case 0:
      return pick([null, 42, 'text', [], true])
    case 1:
      return { year: pick([1800, 2200, 2026.5, '二〇二六', null, {}, -2026]), activities: [activity] }
    case 2:
      return { year: 2026, activities: pick([null, 'x', 3, {}]) }
    case 3:
      return { year: 2026, activities: [{ ...activity, type: pick(['unknown', '', 7, null, 'TRAINING']) }] }
    case 4:
      return { year: 2026, activities: [{ ...activity, date: pick(['2026-02-30', '2026-13-01', 'yesterday', 20260101, '', null]) }] }
    case 5:
      return { year: 2026, activities: [{ type: 'training', date: '2026-06-20', days: pick([-1, 0.5, 'three', null, 1e9, NaN]) }] }
    case 6:
      return { year: 2026, activities: [{ type: 'courseware', subject: pick(['both', '', 3, null]), hours: 2, date: '2026-05-01' }] }
    case 7:
      return { year: 2026, activities: [{ type: 'lecture', date: '2026-07-01', count: pick([-2, 1.5, '2', null, 0]) }] }
    default:
      return { year: 2026, activities: [pick(junk)] }
  }
}

describe('malformed input to the rules module', () => {
  it('refuses every one of 5,000 malformed year checks with errors naming the field', () => {
    const random = prng(109)
    for (let i = 0; i < 5_000; i++) {
      const input = malformed(random)
      let error: unknown
      try {
        checkYear(input, { asOf: '2026-12-01' })
      } catch (caught) {
        error = caught
      }
      expect(error, `#${i} ${JSON.stringify(input)}`).toBeInstanceOf(RulesInputError)
      const errors = (error as RulesInputError).errors
      expect(errors.length, `#${i}`).toBeGreaterThan(0)
      for (const e of errors) {
        expect(errorText(zh, e), `#${i}`).toMatch(/[\u4e00-\u9fff]/)
        expect(typeof e.path).toBe('string')
      }
    }
  })

  it('refuses malformed multi-year checks', () => {
    const random = prng(2018)
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!
    for (let i = 0; i < 1_000; i++) {
      const input = pick<unknown>([
        null,
        { purpose: pick(['x', null, 3]), toYear: 2026, years: [] },
        { purpose: 'title', toYear: pick([1800, 'x', null, 2026.5]), years: [] },
        { purpose: 'title', toYear: 2026, years: pick([null, 'x', [{ year: 'x' }], [{ year: 2026, public: -1, professional: 1 }]]) },
      ])
      expect(() => checkCycle(input, { asOf: '2026-12-01' }), `#${i}`).toThrow(RulesInputError)
    }
  })
})

describe('malformed input to the hours command', () => {
  const hours = (args: string[], input: string) =>
    spawnSync(process.execPath, ['rules/cli/main.ts', ...args], { cwd: root, input, encoding: 'utf8' })

  it('exits 2 with a message naming the field and nothing on standard output', () => {
    const random = prng(2025)
    const bodies = [
      ...Array.from({ length: 30 }, () => JSON.stringify(malformed(random))),
      '{',
      '',
      '\u0000',
      '{"year": 2026, "activities": [' + '['.repeat(5_000) + ']'.repeat(5_000) + ']}',
      JSON.stringify({ year: 2026, activities: [{ type: 'training', days: 3, date: '2026-06-20', x: '长'.repeat(1_000_000) }] }).slice(0, -3),
    ]
    for (const body of bodies) {
      const result = hours(['check', '-'], body)
      expect(result.status, body.slice(0, 120)).toBe(2)
      expect(result.stdout, body.slice(0, 120)).toBe('')
      expect(result.stderr.length, body.slice(0, 120)).toBeGreaterThan(0)
    }
  }, 300_000)
})
