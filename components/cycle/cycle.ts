/**
 * The multi-year page's client script, a short controller: keeps the answers in the state and
 * the URL, asks rules/ to validate and work out the cycle, and hands the results to the views.
 * No arithmetic and no wording of results here.
 */
import { activityTypes, evaluateCycle, RULES, todayInChina, validateCycleInput } from '../../rules/index.ts'
import { emptyActivity } from '../calculator/state.ts'
import { el } from '../calculator/dom.ts'
import { activityFieldId, entryOf, fieldId, queryToState, shownYears, stateToQuery, toCycleInput, type CycleState } from './cycle-state.ts'
import { resultView, showErrors, yearView, type CitationLinks } from './cycle-views.ts'

const root = document.querySelector<HTMLElement>('[data-cycle]')
if (root) start(root)

function start(root: HTMLElement): void {
  const links: CitationLinks = JSON.parse(root.querySelector('#cy-links')?.textContent || '{}')
  const today = todayInChina(new Date())
  const state: CycleState = queryToState(location.search, Number(today.slice(0, 4)))
  let showAll = location.search.includes('purpose=')
  const touched = new Set<string>()

  const $ = <T extends HTMLElement>(sel: string) => root.querySelector<T>(sel)!
  const form = $<HTMLFormElement>('form')
  const yearsBox = $('[data-years]')
  const summary = $('[data-error-summary]')
  const result = $('[data-result]')
  const from = $<HTMLInputElement>('#cy-from')
  const to = $<HTMLInputElement>('#cy-to')
  const fromField = $('[data-from-field]')
  const transfer = $<HTMLInputElement>('#cy-transfer')
  const ns = $<HTMLInputElement>('#cy-ns')
  const mmOn = $<HTMLInputElement>('#cy-mm')
  const mmFields = $('[data-mm-fields]')
  const mmLevel = $<HTMLSelectElement>('#cy-mm-level')
  const mmHours = $<HTMLInputElement>('#cy-mm-hours')
  const date = $<HTMLInputElement>('#cy-date')
  root.querySelectorAll<HTMLElement>('[data-js-only]').forEach((n) => n.removeAttribute('hidden'))

  function renderYears(): void {
    const years = shownYears(state)
    yearsBox.replaceChildren(...(years.length === 0
      ? [el('p', { class: 'hint' }, '请先填写周期的第一年和最后一年（最多10年）。')]
      : years.map((year) => yearView(year, entryOf(state, year), {
          mode: (mode) => {
            state.years[String(year)] = mode === 'record' ? { mode, public: '', professional: '' } : { mode, activities: [] }
            renderYears()
            update()
            root.querySelector<HTMLElement>(`#y${year}-mode-${mode}`)?.focus()
          },
          record: (field, value) => {
            const e = entryOf(state, year)
            if (e.mode === 'record') e[field] = value
            touched.add(`y${year}-${field}`)
            update()
          },
          activity: (i, field, value) => {
            const e = entryOf(state, year)
            if (e.mode === 'activities' && e.activities[i]) e.activities[i][field] = value
            touched.add(activityFieldId(year, i, field))
            update()
          },
          add: (type) => {
            const e = entryOf(state, year)
            if (e.mode !== 'activities' || !activityTypes.includes(type)) return
            e.activities.push(emptyActivity(type))
            renderYears()
            update()
            root.querySelector<HTMLElement>(`#${activityFieldId(year, e.activities.length - 1, 'date')}`)?.focus()
          },
          remove: (i) => {
            const e = entryOf(state, year)
            if (e.mode === 'activities') e.activities.splice(i, 1)
            renderYears()
            update()
            root.querySelector<HTMLElement>(`#y${year}-add button`)?.focus()
          },
        }))))
  }

  function update(): void {
    history.replaceState(null, '', location.pathname + stateToQuery(state) + location.hash)
    const { input, yearAt } = toCycleInput(state)
    const v = validateCycleInput(input)
    showErrors(root, summary, v.ok ? [] : v.errors.filter((e) => showAll || touched.has(fieldId(e.at, yearAt))), yearAt, state)
    if (!v.ok) {
      result.replaceChildren(el('p', {}, '请填写完整并更正上面的问题，结果会立即更新。'))
      return
    }
    const asOf = /^\d{4}-\d{2}-\d{2}$/.test(state.date) ? state.date : today
    result.replaceChildren(...resultView(evaluateCycle(v.value, asOf, RULES), links))
  }

  function showPurpose(): void {
    fromField.hidden = state.purpose === 'promotion'
    root.querySelectorAll<HTMLElement>('[data-title-only]').forEach((n) => { n.hidden = state.purpose !== 'title' })
    mmFields.hidden = !state.mismatch.on || state.purpose !== 'title'
  }

  // the form shows the state it was loaded with
  root.querySelectorAll<HTMLInputElement>('input[name="purpose"]').forEach((r) => {
    r.checked = r.value === state.purpose
    r.addEventListener('change', () => {
      state.purpose = r.value === 'promotion' ? 'promotion' : 'title'
      showPurpose()
      renderYears()
      update()
    })
  })
  const bind = (input: HTMLInputElement | HTMLSelectElement, get: () => string, set: (v: string) => void, rerender = false) => {
    input.value = get()
    input.addEventListener(input instanceof HTMLSelectElement || input.type === 'date' ? 'change' : 'input', () => {
      set(input.value)
      touched.add(input.id)
      if (rerender) renderYears()
      update()
    })
  }
  bind(from, () => state.fromYear, (v) => { state.fromYear = v }, true)
  bind(to, () => state.toYear, (v) => { state.toYear = v }, true)
  bind(transfer, () => state.transferYear, (v) => { state.transferYear = v })
  bind(mmLevel, () => state.mismatch.level, (v) => { state.mismatch.level = v })
  bind(mmHours, () => state.mismatch.hours, (v) => { state.mismatch.hours = v })
  bind(date, () => state.date, (v) => { state.date = v })
  ns.checked = state.nonSocialised
  ns.addEventListener('change', () => { state.nonSocialised = ns.checked; update() })
  mmOn.checked = state.mismatch.on
  mmOn.addEventListener('change', () => { state.mismatch.on = mmOn.checked; showPurpose(); update() })

  form.addEventListener('submit', (event) => {
    event.preventDefault()
    showAll = true
    update()
    if (!summary.hidden) summary.focus()
    else result.focus()
  })
  root.querySelector('[data-print]')?.addEventListener('click', () => window.print())
  showPurpose()
  renderYears()
  update()
}
