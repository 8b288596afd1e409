// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { checkCycle, validateCycleInput } from '../../rules/index.ts'
import { emptyActivity } from '../calculator/state.ts'
import { defaultState, toCycleInput } from './cycle-state.ts'
import { resultView, showErrors, yearView } from './cycle-views.ts'

const noop = { mode: () => {}, record: () => {}, activity: () => {}, add: () => {}, remove: () => {} }

describe('yearView', () => {
  it('a year as activities reuses the yearly fieldsets, every id and label prefixed with the year', () => {
    const fs = yearView(2025, { mode: 'activities', activities: [{ ...emptyActivity('training'), date: '2025-09-01', days: '5' }] }, noop)
    document.body.replaceChildren(fs)
    const days = document.querySelector<HTMLInputElement>('#y2025-a-0-days')!
    expect(days.value).toBe('5')
    expect(document.querySelector('label[for="y2025-a-0-days"]')).not.toBeNull()
    expect(document.querySelectorAll('[id^="a-"]')).toHaveLength(0)
    expect(document.querySelector('#y2025-add button')).not.toBeNull()
  })
  it('a year as registered totals has its two fields and the choice of mode', () => {
    document.body.replaceChildren(yearView(2024, { mode: 'record', public: '30', professional: '70' }, noop))
    expect(document.querySelector<HTMLInputElement>('#y2024-professional')!.value).toBe('70')
    expect(document.querySelector<HTMLInputElement>('#y2024-mode-record')!.checked).toBe(true)
  })
})

describe('resultView', () => {
  it('the table of years, the average, and each line citing its sources and its rule', () => {
    const r = checkCycle({ purpose: 'title', fromYear: 2021, toYear: 2023, years: [{ year: 2021, public: 0, professional: 0 }, { year: 2022, public: 0, professional: 0 }, { year: 2023, public: 90, professional: 180 }] }, { asOf: '2026-12-01' })
    document.body.replaceChildren(...resultView(r, { 'cycle-cramming': [{ text: '宜人社秘〔2023〕43号 四（三）', href: '/notices/yi-ren-she-mi-2023-43/' }] }))
    expect(document.querySelector('h2')!.textContent).toBe('未达到要求：不计突击完成的学时，年均不足')
    expect(document.querySelectorAll('table.years tbody tr')).toHaveLength(3)
    expect(document.querySelector('td.flag')!.textContent).toBe('公需30 / 专业60')
    const warning = document.querySelector('.warnings li')!
    expect(warning.textContent).toContain('本站理解')
    expect(warning.querySelector('a[href="/notices/yi-ren-she-mi-2023-43/"]')).not.toBeNull()
    expect(warning.querySelector('a[href="/rules/#rule-cycle-cramming"]')).not.toBeNull()
  })
})

describe('showErrors', () => {
  it('names the year and field, and marks the control', () => {
    const s = defaultState(2026)
    Object.assign(s, { fromYear: '2024', toYear: '2024' })
    s.years = { 2024: { mode: 'record', public: '30', professional: 'abc' } }
    document.body.innerHTML = '<div id="root"><div id="summary"></div></div>'
    const root = document.querySelector<HTMLElement>('#root')!
    root.append(yearView(2024, s.years[2024]!, noop))
    const { input, yearAt } = toCycleInput(s)
    const v = validateCycleInput(input)
    if (v.ok) throw new Error('expected errors')
    showErrors(root, document.querySelector<HTMLElement>('#summary')!, v.errors, yearAt, s)
    expect(document.querySelector('#summary a')!.textContent).toMatch(/^2024年度专业科目学时：须为数字/)
    expect(document.querySelector('#summary a')!.getAttribute('href')).toBe('#y2024-professional')
    expect(document.querySelector('#y2024-professional')!.getAttribute('aria-invalid')).toBe('true')
  })
})
