/** Every outcome the rules can give is reachable, and ineligibility is an explained result. */
import { describe, expect, it } from 'vitest'
import { checkCycle, checkYear, cycleLineText, zh, type CycleOutcome, type YearOutcome } from '../../rules/index.ts'

describe('year outcomes', () => {
  const reach: Record<YearOutcome, () => YearOutcome> = {
    met: () => checkYear({ year: 2026, activities: [{ type: 'qualification-exam', date: '2026-03-01' }] }, { asOf: '2026-12-01' }).outcome,
    'in-progress': () => checkYear({ year: 2026, activities: [] }, { asOf: '2026-12-01' }).outcome,
    'not-met': () => checkYear({ year: 2022, activities: [] }, { asOf: '2026-12-01' }).outcome,
  }
  for (const [outcome, run] of Object.entries(reach)) it(outcome, () => expect(run()).toBe(outcome))
})

const year = (y: number, pub: number, pro: number) => ({ year: y, public: pub, professional: pro })

describe('cycle outcomes', () => {
  const reach: Record<CycleOutcome, () => CycleOutcome> = {
    met: () => checkCycle({ purpose: 'title', fromYear: 2021, toYear: 2023, years: [year(2021, 30, 60), year(2022, 30, 60), year(2023, 30, 60)] }).outcome,
    'not-met': () => checkCycle({ purpose: 'promotion', toYear: 2023, years: [year(2021, 30, 60), year(2022, 30, 60), year(2023, 0, 0)] }).outcome,
    cramming: () => checkCycle({ purpose: 'title', fromYear: 2021, toYear: 2023, years: [year(2021, 0, 0), year(2022, 0, 0), year(2023, 90, 180)] }).outcome,
    'not-applicable': () => checkCycle({ purpose: 'title', fromYear: 2014, toYear: 2017, nonSocialisedTitle: true, years: [] }).outcome,
  }
  for (const [outcome, run] of Object.entries(reach)) it(outcome, () => expect(run()).toBe(outcome))
})

describe('cycle worked examples', () => {
  it('cycle 2021–2025: 2023 short by 30, made up by 2024: met (宜人社秘〔2023〕43号 四（三）)', () => {
    const r = checkCycle({ purpose: 'title', fromYear: 2021, toYear: 2025,
      years: [year(2021, 30, 60), year(2022, 30, 60), year(2023, 30, 30), year(2024, 30, 90), year(2025, 30, 60)] })
    expect(r).toMatchObject({ met: true, outcome: 'met', average: { total: 90 } })
    expect(r.years[3]?.madeUp.professional).toBe(30)
  })
  it('地矿局 promotion: 2019–2021 averaging 80: postponed (省地矿局通知 五（四）)', () => {
    const r = checkCycle({ purpose: 'promotion', toYear: 2021, years: [year(2019, 30, 60), year(2020, 30, 60), year(2021, 30, 30)] })
    expect(r).toMatchObject({ fromYear: 2019, met: false, outcome: 'not-met', average: { total: 80 } })
    expect(cycleLineText(zh, r.explanations.find((l) => l.code === 'not-met')!)).toContain('暂缓晋升')
    expect(r.rules.map((x) => x.id)).toContain('cycle-promotion')
  })
  it('everything crammed into the last year: the plain average is 90 but it is flagged 突击', () => {
    const r = checkCycle({ purpose: 'title', fromYear: 2021, toYear: 2023, years: [year(2021, 0, 0), year(2022, 0, 0), year(2023, 90, 180)] })
    expect(r.rawAverage.total).toBe(90)
    expect(r.average.total).toBe(60)
    expect(r.warnings.map((w) => w.code)).toContain('cramming')
  })
  it('transferred from outside Anhui in 2024: only 2024–2025 are assessed (附件2 二十)', () => {
    const r = checkCycle({ purpose: 'title', fromYear: 2021, toYear: 2025, transferYear: 2024, years: [year(2024, 30, 60), year(2025, 30, 60)] })
    expect(r).toMatchObject({ met: true, excludedYears: [2021, 2022, 2023] })
    expect(r.rules.map((x) => x.id)).toContain('transfer')
  })
  it('non-socialised title, cycle 2016–2020: counted from 2018 (附件2 二十一)', () => {
    const r = checkCycle({ purpose: 'title', fromYear: 2016, toYear: 2020, nonSocialisedTitle: true, years: [year(2018, 30, 60), year(2019, 30, 60), year(2020, 30, 60)] })
    expect(r).toMatchObject({ met: true, excludedYears: [2016, 2017] })
  })
  it('senior title outside the degree major with 300 of 400 hours: not met (省地矿局通知 五（二）)', () => {
    const r = checkCycle({ purpose: 'title', fromYear: 2023, toYear: 2025, years: [year(2023, 30, 60), year(2024, 30, 60), year(2025, 30, 60)], majorMismatch: { level: 'senior', hours: 300 } })
    expect(r).toMatchObject({ met: false, outcome: 'not-met', majorMismatch: { required: 400, shortfall: 100 } })
  })
  it('a year given as activities is worked out by the yearly rules', () => {
    const r = checkCycle({ purpose: 'promotion', toYear: 2026, years: [year(2024, 30, 60), year(2025, 30, 60),
      { year: 2026, activities: [{ type: 'qualification-exam', date: '2026-03-01' }] }] }, { asOf: '2027-01-01' })
    expect(r.years[2]).toMatchObject({ from: 'activities', hours: { public: 30, professional: 60 } })
    expect(r.met).toBe(true)
  })
  it('a missing year counts as 0 with a warning', () => {
    const r = checkCycle({ purpose: 'promotion', toYear: 2025, years: [year(2024, 30, 60), year(2025, 30, 60)] })
    expect(r.warnings.map((w) => w.code)).toContain('missing-year')
    expect(r.met).toBe(false)
  })
})
