/**
 * The calculator's client script: gathers answers, keeps them in the URL, and renders what
 * rules/ works out. No arithmetic here. Plain DOM, no framework.
 */
import {
  activityNames, activityTypes, evaluateYear, RULES, todayInChina, validateYearInput,
  type ActivityType, type Line, type TopicInfo, type ValidationError, type YearResult,
} from '../../rules/index.ts'
import { emptyActivity, fieldId, fieldsFor, queryToState, stateToQuery, toYearInput, type ActivityField, type CalculatorState } from './state.ts'

const labels: Record<ActivityField, string> = {
  date: '日期', subject: '申请认定为', hours: '学时', days: '天数', count: '次数', score: '考试成绩（选填）', topic: '专题', note: '说明（选填）',
}
const hints: Partial<Record<ActivityType, Partial<Record<ActivityField, string>>>> = {
  courseware: { hours: '课件标定的学时；没有标定的请改填个数', count: '没有标定学时的课件个数' },
  training: { date: '培训开始的日期', days: '整天数' },
  lecture: { count: '经单位批准的讲授次数' },
  'qualification-exam': { date: '考试合格的日期' },
  degree: { date: '取得学历（学位）的日期' },
  'other-conversion': { hours: '109号第（一）至（七）项的学时在扫描件中缺失，请按原文填写' },
  professional: { hours: '单位或基地按旧标准认定的学时' },
}

const root = document.querySelector<HTMLElement>('[data-calculator]')
if (root) start(root)

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag)
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v)
  if (text !== undefined) node.textContent = text
  return node
}

function start(root: HTMLElement): void {
  const topics: TopicInfo[] = JSON.parse(root.querySelector('#calc-topics')?.textContent || '[]')
  const today = todayInChina(new Date())
  const state: CalculatorState = queryToState(location.search, Number(today.slice(0, 4)))
  let showAll = false
  const touched = new Set<string>()

  const form = root.querySelector<HTMLFormElement>('form')!
  const list = root.querySelector<HTMLElement>('[data-activities]')!
  const yearSelect = root.querySelector<HTMLSelectElement>('#calc-year')!
  const dateInput = root.querySelector<HTMLInputElement>('#calc-date')!
  const summary = root.querySelector<HTMLElement>('[data-error-summary]')!
  const result = root.querySelector<HTMLElement>('[data-result]')!
  const answers = root.querySelector<HTMLElement>('[data-answers]')!
  root.querySelectorAll<HTMLElement>('[data-js-only]').forEach((node) => node.removeAttribute('hidden'))

  function save(): void {
    history.replaceState(null, '', location.pathname + stateToQuery(state) + location.hash)
  }

  function fieldControl(i: number, f: ActivityField): HTMLElement {
    const a = state.activities[i]!
    const id = `a-${i}-${f}`
    const wrap = el('div', { class: 'field' })
    wrap.append(el('label', { for: id }, labels[f]))
    const hint = hints[a.type]?.[f]
    if (hint) wrap.append(el('p', { class: 'hint', id: `${id}-hint` }, hint))
    wrap.append(el('p', { class: 'error-message', id: `${id}-error`, hidden: '' }))
    let control: HTMLInputElement | HTMLSelectElement
    if (f === 'subject') {
      control = el('select', { id })
      const opts: [string, string][] = a.type === 'courseware' ? [['', '请选择'], ['public', '公需科目'], ['professional', '专业科目']] : [['', '专业科目（默认）'], ['public', '公需科目'], ['professional', '专业科目']]
      for (const [v, t] of opts) control.append(el('option', { value: v }, t))
    } else if (f === 'topic' && topics.some((t) => String(t.year) === state.year)) {
      control = el('select', { id })
      control.append(el('option', { value: '' }, '（不指定）'))
      for (const t of topics.filter((x) => String(x.year) === state.year)) control.append(el('option', { value: t.title }, t.title))
    } else {
      control = el('input', { id, type: f === 'date' ? 'date' : 'text', autocomplete: 'off' })
      if (f === 'hours' || f === 'days' || f === 'count' || f === 'score') control.setAttribute('inputmode', 'decimal')
    }
    control.value = a[f]
    control.name = id
    if (hint) control.setAttribute('aria-describedby', `${id}-hint`)
    control.addEventListener('input', () => {
      state.activities[i]![f] = control.value
      touched.add(id)
      update()
    })
    wrap.append(control)
    return wrap
  }

  function renderActivities(): void {
    list.replaceChildren()
    state.activities.forEach((a, i) => {
      const fs = el('fieldset', { class: 'activity', id: `a-${i}` })
      fs.append(el('legend', {}, `${i + 1}. ${activityNames[a.type].zh}`))
      for (const f of fieldsFor[a.type]) fs.append(fieldControl(i, f))
      const remove = el('button', { type: 'button', class: 'link-button' }, `删除第${i + 1}项`)
      remove.addEventListener('click', () => {
        state.activities.splice(i, 1)
        renderActivities()
        update()
        ;(root.querySelector<HTMLElement>('[data-add] button') ?? yearSelect).focus()
      })
      fs.append(remove)
      list.append(fs)
    })
  }

  function showErrors(errors: ValidationError[]): void {
    root.querySelectorAll('.field--error').forEach((n) => n.classList.remove('field--error'))
    root.querySelectorAll<HTMLElement>('.error-message').forEach((n) => { n.hidden = true; n.textContent = '' })
    root.querySelectorAll('[aria-invalid]').forEach((n) => {
      n.removeAttribute('aria-invalid')
      const rest = (n.getAttribute('aria-describedby') ?? '').split(' ').filter((t) => t !== '' && !t.endsWith('-error'))
      if (rest.length > 0) n.setAttribute('aria-describedby', rest.join(' '))
      else n.removeAttribute('aria-describedby')
    })
    const visible = errors.filter((e) => showAll || touched.has(fieldId(e.path)))
    summary.replaceChildren()
    summary.hidden = visible.length === 0
    if (visible.length === 0) return
    summary.append(el('h2', { id: 'calc-error-title' }, '出现问题'))
    const ul = el('ul')
    for (const e of visible) {
      const id = fieldId(e.path)
      const message = e.zh.replace(/^[^：]*：/, '')
      const li = el('li')
      li.append(el('a', { href: `#${id}` }, `${describePath(e.path)}：${message}`))
      ul.append(li)
      const control = root.querySelector<HTMLElement>(`#${CSS.escape(id)}`)
      const inline = root.querySelector<HTMLElement>(`#${CSS.escape(id)}-error`)
      if (inline && control) {
        inline.hidden = false
        inline.textContent = `${describePath(e.path)}：${message}`
        control.setAttribute('aria-invalid', 'true')
        control.setAttribute('aria-describedby', [`${id}-error`, control.getAttribute('aria-describedby')].filter(Boolean).join(' '))
        control.parentElement?.classList.add('field--error')
      }
    }
    summary.append(ul)
  }

  function describePath(path: string): string {
    const m = /^activities\[(\d+)\](?:\.(\w+))?/.exec(path)
    if (!m) return path === 'year' ? '年度' : path
    const a = state.activities[Number(m[1])]
    const name = a ? activityNames[a.type].zh : ''
    return `第${Number(m[1]) + 1}项（${name}）${m[2] ? labels[m[2] as ActivityField] ?? m[2] : ''}`
  }

  function lineItem(l: Line): HTMLLIElement {
    const li = el('li')
    li.append(document.createTextNode(l.zh.replace(/activities\[(\d+)\]/g, (_, n: string) => `第${Number(n) + 1}项`) + ' '))
    li.append(el('cite', {}, `（${l.citation}${l.interpretation ? '，本站理解' : ''}）`))
    return li
  }

  function renderResult(r: YearResult): void {
    result.replaceChildren()
    const status = r.met ? `已达到${r.year}年度要求` : r.outcome === 'in-progress' ? `尚未达到${r.year}年度要求，仍可补足` : `未达到${r.year}年度要求`
    result.append(el('h2', { class: r.met ? 'status status--met' : 'status status--short' }, status))
    const table = el('table', { class: 'totals' })
    table.append(el('caption', {}, `${r.year}年度学时（按${r.asOf}的规定）`))
    const head = el('tr')
    for (const h of ['', '已计', '要求', '还差']) head.append(el('th', { scope: 'col' }, h))
    table.append(head)
    for (const [k, name] of [['total', '总计'], ['public', '公需科目'], ['professional', '专业科目']] as const) {
      const tr = el('tr')
      tr.append(el('th', { scope: 'row' }, name), el('td', {}, String(r[k])), el('td', {}, String(r.required[k])), el('td', {}, String(r.shortfall[k])))
      table.append(tr)
    }
    result.append(table)
    if (r.warnings.length > 0) {
      result.append(el('h3', {}, '请注意'))
      const ul = el('ul', { class: 'warnings' })
      r.warnings.forEach((w) => ul.append(lineItem(w)))
      result.append(ul)
    }
    result.append(el('h3', {}, '怎么算的'))
    const ol = el('ul', { class: 'explanations' })
    r.explanations.forEach((l) => ol.append(lineItem(l)))
    result.append(ol)
  }

  function renderAnswers(): void {
    answers.replaceChildren()
    const dl = el('dl')
    const row = (term: string, value: string, target: string) => {
      const div = el('div')
      const dd = el('dd')
      const change = el('a', { href: `#${target}` }, '更改')
      change.append(el('span', { class: 'visually-hidden' }, term))
      div.append(el('dt', {}, term), el('dd', {}, value || '（未填写）'), dd)
      dd.append(change)
      dl.append(div)
    }
    row('年度', state.year, 'calc-year')
    if (state.date) row('预览日期', state.date, 'calc-date')
    state.activities.forEach((a, i) => {
      const parts = fieldsFor[a.type].filter((f) => a[f] !== '').map((f) => `${labels[f].replace('（选填）', '')} ${a[f]}`)
      row(`第${i + 1}项 ${activityNames[a.type].zh}`, parts.join('，'), `a-${i}-date`)
    })
    answers.append(dl)
  }

  function update(): void {
    save()
    renderAnswers()
    const v = validateYearInput(toYearInput(state))
    showErrors(v.ok ? [] : v.errors)
    if (!v.ok) {
      result.replaceChildren(el('p', {}, '请填写完整并更正上面的问题，结果会立即更新。'))
      return
    }
    const asOf = state.date !== '' && /^\d{4}-\d{2}-\d{2}$/.test(state.date) ? state.date : today
    renderResult(evaluateYear(v.value, asOf, RULES, topics))
  }

  for (let y = Number(today.slice(0, 4)) + 1; y >= 2021; y--) yearSelect.append(el('option', { value: String(y) }, `${y}年度`))
  if (![...yearSelect.options].some((o) => o.value === state.year)) yearSelect.append(el('option', { value: state.year }, state.year))
  yearSelect.value = state.year
  dateInput.value = state.date
  yearSelect.addEventListener('change', () => {
    state.year = yearSelect.value
    root.querySelectorAll<HTMLElement>('[data-topic-year]').forEach((n) => { n.hidden = n.dataset.topicYear !== state.year })
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
  root.querySelectorAll<HTMLElement>('[data-topic-year]').forEach((n) => { n.hidden = n.dataset.topicYear !== state.year })
  if (state.activities.length > 0) showAll = true
  renderActivities()
  update()
}
