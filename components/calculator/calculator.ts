/**
 * The calculator's client script, a short controller: keeps the answers in the state and the URL,
 * asks rules/ to validate and work out the year, and hands the results to the views. No
 * arithmetic and no wording of results here. Plain DOM, no framework.
 */
import { activityTypes, evaluateYear, RULES, todayInChina, validateYearInput, type ActivityType, type TopicInfo } from '../../rules/index.ts'
import { el } from './dom.ts'
import { emptyActivity, fieldId, queryToState, stateToQuery, toYearInput } from './state.ts'
import { activityView, answersView, resultView, showErrors, type CitationLinks } from './views.ts'

const root = document.querySelector<HTMLElement>('[data-calculator]')
if (root) start(root)

function start(root: HTMLElement): void {
  const topics: TopicInfo[] = JSON.parse(root.querySelector('#calc-topics')?.textContent || '[]')
  const links: CitationLinks = JSON.parse(root.querySelector('#calc-citation-links')?.textContent || '{}')
  const today = todayInChina(new Date())
  const state = queryToState(location.search, Number(today.slice(0, 4)))
  let showAll = state.activities.length > 0
  const touched = new Set<string>()

  const form = root.querySelector<HTMLFormElement>('form')!
  const list = root.querySelector<HTMLElement>('[data-activities]')!
  const yearSelect = root.querySelector<HTMLSelectElement>('#calc-year')!
  const dateInput = root.querySelector<HTMLInputElement>('#calc-date')!
  const summary = root.querySelector<HTMLElement>('[data-error-summary]')!
  const result = root.querySelector<HTMLElement>('[data-result]')!
  const answers = root.querySelector<HTMLElement>('[data-answers]')!
  root.querySelectorAll<HTMLElement>('[data-js-only]').forEach((node) => node.removeAttribute('hidden'))

  function renderActivities(): void {
    list.replaceChildren(...state.activities.map((_, i) => activityView(state, i, topics, {
      input: (f, value) => {
        state.activities[i]![f] = value
        touched.add(`a-${i}-${f}`)
        update()
      },
      remove: () => {
        state.activities.splice(i, 1)
        renderActivities()
        update()
        ;(root.querySelector<HTMLElement>('[data-add] button') ?? yearSelect).focus()
      },
    })))
  }

  function update(): void {
    history.replaceState(null, '', location.pathname + stateToQuery(state) + location.hash)
    answers.replaceChildren(answersView(state))
    const v = validateYearInput(toYearInput(state))
    // The year comes from the URL or the list: a wrong one is shown at once, not only after 查看结果.
    const shown = v.ok ? [] : v.errors.filter((e) => showAll || e.path === 'year' || touched.has(fieldId(e.at)))
    showErrors(root, summary, shown, state)
    if (!v.ok) {
      result.replaceChildren(el('p', {}, shown.length > 0 ? '请更正上面的问题，结果会立即更新。' : '请把每一项填写完整，结果会立即更新。'))
      return
    }
    const asOf = state.date !== '' && /^\d{4}-\d{2}-\d{2}$/.test(state.date) ? state.date : today
    result.replaceChildren(...resultView(evaluateYear(v.value, asOf, RULES, topics), links))
  }

  function showTopicsOfYear(): void {
    let any = false
    root.querySelectorAll<HTMLElement>('[data-topic-year]').forEach((n) => {
      n.hidden = n.dataset.topicYear !== state.year
      any ||= !n.hidden
    })
    // A year without topics on the site says so under the heading instead of leaving it empty.
    const none = root.querySelector<HTMLElement>('[data-no-topics]')
    const noneYear = root.querySelector<HTMLElement>('[data-no-topics-year]')
    // A year that is not valid (1999, abc) has its error shown; there are no topics to speak of.
    const v = validateYearInput(toYearInput({ ...state, activities: [] }))
    const yearValid = v.ok || !v.errors.some((e) => e.path === 'year')
    if (none && noneYear) {
      none.hidden = any || !yearValid
      noneYear.textContent = state.year
    }
  }

  // From next year back to the first year whose topics the site holds (other years stay typable via the URL).
  const nextYear = Number(today.slice(0, 4)) + 1
  const firstYear = Math.min(nextYear - 1, ...topics.map((t) => t.year))
  for (let y = nextYear; y >= firstYear; y--) yearSelect.append(el('option', { value: String(y) }, `${y}年度`))
  if (![...yearSelect.options].some((o) => o.value === state.year)) yearSelect.append(el('option', { value: state.year }, state.year))
  yearSelect.value = state.year
  dateInput.value = state.date
  yearSelect.addEventListener('change', () => {
    state.year = yearSelect.value
    showTopicsOfYear()
    renderActivities()
    update()
  })
  dateInput.addEventListener('input', () => {
    state.date = dateInput.value
    update()
  })
  root.querySelectorAll<HTMLButtonElement>('[data-add] button[data-type]').forEach((button) => {
    button.addEventListener('click', () => {
      const type = button.dataset.type as ActivityType
      if (!activityTypes.includes(type)) return
      state.activities.push(emptyActivity(type))
      renderActivities()
      update()
      root.querySelector<HTMLElement>(`#a-${state.activities.length - 1}-date`)?.focus()
    })
  })
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    showAll = true
    update()
    if (!summary.hidden) summary.focus()
    else result.focus()
  })
  showTopicsOfYear()
  renderActivities()
  update()
}
