/**
 * Worked examples of every multi-year rule (RULES.md §4), kept as fixtures in fixtures/cycle/:
 * input, the day of the check, the expected result and the rule's source. Each runs through
 * checkCycle and through the `cycle` command (exit code), so both answer the same.
 */
import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkCycle, cycleLineText, zh } from '../../rules/index.ts'
import { projectRoot } from '../../paths.ts'

interface CycleFixture {
  name: string
  source: string
  asOf: string
  input: Record<string, unknown>
  expect: Record<string, unknown>
  years?: Record<string, unknown>[]
  rules: string[]
  warnings: string[]
  exit: number
}

const dir = join(import.meta.dirname, 'fixtures/cycle')
const fixtures = readdirSync(dir).filter((f) => f.endsWith('.json')).sort()
  .map((f) => ({ file: f, ...(JSON.parse(readFileSync(join(dir, f), 'utf8')) as CycleFixture) }))
const main = join(projectRoot, 'rules', 'cli', 'main.ts')

describe('cycle worked examples (fixtures)', () => {
  it('cover every multi-year rule', () => {
    const used = new Set(fixtures.flatMap((f) => f.rules))
    for (const id of ['cycle-title', 'cycle-promotion', 'cycle-cramming', 'substitution', 'transfer', 'non-socialised', 'major-mismatch']) expect(used).toContain(id)
  })
  for (const f of fixtures) {
    it(`${f.file}: ${f.name} — ${f.source}`, () => {
      const r = checkCycle(f.input, { asOf: f.asOf })
      expect(r).toMatchObject(f.expect)
      f.years?.forEach((y, i) => expect(r.years[i]).toMatchObject(y))
      const ids = r.rules.map((x) => x.id)
      for (const id of f.rules) expect(ids).toContain(id)
      expect(r.warnings.map((w) => w.code).filter((c) => c !== 'missing-year').sort()).toEqual([...f.warnings].sort())
      for (const l of [...r.explanations, ...r.warnings]) {
        expect(ids).toContain(l.ruleId)
        expect(cycleLineText(zh, l)).not.toMatch(/undefined|NaN/)
      }
      const cli = spawnSync(process.execPath, [main, 'cycle', '-', `--date=${f.asOf}`], { input: JSON.stringify(f.input), encoding: 'utf8' })
      expect(cli.stderr).toBe('')
      expect(cli.status).toBe(f.exit)
      expect(JSON.parse(cli.stdout)).toMatchObject({ outcome: r.outcome, average: r.average, shortfall: r.shortfall })
    })
  }
})

describe('a year as registered totals and as activities give the same answer', () => {
  const records = fixtures.find((f) => f.file === 'substitution-2025-records.json')!
  const activities = fixtures.find((f) => f.file === 'substitution-2025-activities.json')!
  it('same counted hours, substitution, average and outcome', () => {
    const a = checkCycle(records.input, { asOf: records.asOf })
    const b = checkCycle(activities.input, { asOf: activities.asOf })
    const shape = (r: typeof a) => ({ outcome: r.outcome, average: r.average, years: r.years.map((y) => ({ counted: y.counted, substituted: y.substituted, recorded: y.recorded })) })
    expect(shape(b)).toEqual(shape(a))
  })
  it('the issue’s example: 2025–2026 at 0/90 is met, not an average public of 0', () => {
    const r = checkCycle({ purpose: 'title', fromYear: 2025, toYear: 2026, years: [{ year: 2025, public: 0, professional: 90 }, { year: 2026, public: 0, professional: 90 }] }, { asOf: '2026-12-01' })
    expect(r.average.public).toBe(30)
    expect(r.outcome).toBe('met')
  })
})

describe('property: registered totals and the same hours as activities agree', () => {
  it('for any hours in years from 2026 (courseware for public, unit-recognised for professional)', async () => {
    const fc = (await import('fast-check')).default
    const hours = fc.integer({ min: 0, max: 200 })
    fc.assert(fc.property(fc.array(fc.tuple(hours, hours), { minLength: 1, maxLength: 4 }), (list) => {
      const years = list.map(([pub, pro], i) => ({ year: 2026 + i, pub, pro }))
      const toYear = 2026 + list.length - 1
      const records = checkCycle({ purpose: 'title', fromYear: 2026, toYear, years: years.map((y) => ({ year: y.year, public: y.pub, professional: y.pro })) }, { asOf: '2035-01-01' })
      const activities = checkCycle({ purpose: 'title', fromYear: 2026, toYear, years: years.map((y) => ({ year: y.year, activities: [
        ...(y.pub > 0 ? [{ type: 'courseware', subject: 'public', hours: y.pub, date: `${y.year}-05-01` }] : []),
        ...(y.pro > 0 ? [{ type: 'professional', hours: y.pro, date: `${y.year}-06-01` }] : []),
      ] })) }, { asOf: '2035-01-01' })
      const shape = (r: typeof records) => ({ outcome: r.outcome, average: r.average, years: r.years.map((y) => [y.counted, y.notCounted, y.substituted]) })
      expect(shape(activities)).toEqual(shape(records))
    }), { numRuns: 200, seed: 85 })
  })
})
