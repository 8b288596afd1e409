/**
 * The calculator's views: each builds one part of the page from data (the state, the result,
 * the errors) and knows nothing of events beyond the callbacks it is given.
 */
import { activityNames, subjectNames, subjects, type ActivityType, type TopicInfo, type ValidationError, type YearResult } from '../../rules/index.ts'
import { el } from './dom.ts'
import { showFieldErrors } from './field-errors.ts'
import { fieldId, fieldsFor, normaliseDigits, numberFields, type ActivityField, type CalculatorState } from './state.ts'
import type { CitationLinks } from '../lib/citations.ts'
import { citationView } from './citation-view.ts'
import { answerValue, errorMessage, formLabel, lineText } from './wording.ts'

export type { CitationLinks } from '../lib/citations.ts'

const hints: Partial<Record<ActivityType, Partial<Record<ActivityField, string>>>> = {
  courseware: { hours: '课件标定的学时；没有标定的请改填个数', count: '没有标定学时的课件个数' },
  training: { date: '培训开始的日期', days: '整天数' },
  lecture: { count: '经单位批准的讲授次数' },
  'qualification-exam': { date: '考试合格的日期' },
  degree: { date: '取得学历（学位）的日期' },
  'other-conversion': { hours: '109号第（一）至（七）项的学时在扫描件中缺失，请按原文填写' },
  professional: { hours: '单位或基地按旧标准认定的学时' },
}

function control(state: CalculatorState, i: number, f: ActivityField, id: string, topics: readonly TopicInfo[]): HTMLInputElement | HTMLSelectElement {
  const a = state.activities[i]!
  const options = (pairs: [string, string][]) => {
    const select = el('select', { id })
    for (const [v, t] of pairs) select.append(el('option', { value: v }, t))
    return select
  }
  if (f === 'subject') {
    const first: [string, string] = a.type === 'courseware' ? ['', '请选择'] : ['', '专业科目（默认）']
    return options([first, ...subjects.map((sub): [string, string] => [sub, subjectNames[sub].zh])])
  }
  const yearTopics = topics.filter((t) => String(t.year) === state.year)
  if (f === 'topic' && yearTopics.length > 0) return options([['', '（不指定）'], ...yearTopics.map((t): [string, string] => [t.title, t.title])])
  const input = el('input', { id, type: f === 'date' ? 'date' : 'text', autocomplete: 'off' })
  if (f === 'hours' || f === 'days' || f === 'count' || f === 'score') input.setAttribute('inputmode', 'decimal')
  return input
}

/** One labelled field of an activity, with its hint and a place for its error. */
export function fieldView(state: CalculatorState, i: number, f: ActivityField, topics: readonly TopicInfo[], onInput: (value: string) => void): HTMLElement {
  const id = `a-${i}-${f}`
  const wrap = el('div', { class: 'field' })
  wrap.append(el('label', { for: id }, formLabel(f)))
  const hint = hints[state.activities[i]!.type]?.[f]
  if (hint) wrap.append(el('p', { class: 'hint', id: `${id}-hint` }, hint))
  wrap.append(el('p', { class: 'error-message', id: `${id}-error`, hidden: '' }))
  const input = control(state, i, f, id, topics)
  input.value = state.activities[i]![f]
  input.name = id
  if (hint) input.setAttribute('aria-describedby', `${id}-hint`)
  input.addEventListener('input', () => {
    // Full-width digits from a Chinese input method are accepted and shown as ASCII.
    if (numberFields.has(f)) {
      const normal = normaliseDigits(input.value)
      if (normal !== input.value) input.value = normal
    }
    onInput(input.value)
  })
  wrap.append(input)
  return wrap
}

/** One activity's fieldset: its fields in form order and a button to remove it. */
export function activityView(state: CalculatorState, i: number, topics: readonly TopicInfo[], on: { input: (f: ActivityField, value: string) => void; remove: () => void }): HTMLElement {
  const a = state.activities[i]!
  const fs = el('fieldset', { class: 'activity', id: `a-${i}` })
  fs.append(el('legend', {}, `${i + 1}. ${activityNames[a.type].zh}`))
  for (const f of fieldsFor[a.type]) fs.append(fieldView(state, i, f, topics, (value) => on.input(f, value)))
  const remove = el('button', { type: 'button', class: 'link-button' }, `删除第${i + 1}项`)
  remove.addEventListener('click', on.remove)
  fs.append(remove)
  return fs
}

/** The error summary (links to the fields) and the inline errors, for the errors to show. */
export function showErrors(root: HTMLElement, summary: HTMLElement, errors: readonly ValidationError[], state: CalculatorState): void {
  showFieldErrors(root, summary, 'calc-error-title', errors.map((e) => ({ id: fieldId(e.at), message: errorMessage(e, state.activities) })))
}

function linesView(lines: YearResult['explanations'], count: number, attrs: Record<string, string>, links: CitationLinks): HTMLElement {
  const ul = el('ul', attrs)
  for (const l of lines) {
    const li = el('li')
    li.append(document.createTextNode(`${lineText(l, count)} `), citationView(l, links))
    ul.append(li)
  }
  return ul
}

/** The verdict, the totals table, the warnings and how it was worked out. */
export function resultView(r: YearResult, links: CitationLinks = {}): HTMLElement[] {
  const status = r.met ? `已达到${r.year}年度要求` : r.outcome === 'in-progress' ? `尚未达到${r.year}年度要求，仍可补足` : `未达到${r.year}年度要求`
  const table = el('table', { class: 'totals' })
  table.append(el('caption', {}, `${r.year}年度学时（按${r.asOf}的规定）`))
  const head = el('tr')
  for (const h of ['', '已计', '要求', '还差']) head.append(el('th', { scope: 'col' }, h))
  table.append(head)
  for (const [k, name] of [['total', '总计'], ...subjects.map((sub) => [sub, subjectNames[sub].zh] as const)] as const) {
    const tr = el('tr')
    tr.append(el('th', { scope: 'row' }, name), el('td', {}, String(r[k])), el('td', {}, String(r.required[k])), el('td', {}, String(r.shortfall[k])))
    table.append(tr)
  }
  const count = r.activities.length
  const parts: HTMLElement[] = [el('h2', { class: r.met ? 'status status--met' : 'status status--short' }, status), table]
  if (r.warnings.length > 0) parts.push(el('h3', {}, '请注意'), linesView(r.warnings, count, { class: 'warnings' }, links))
  parts.push(el('h3', {}, '怎么算的'), linesView(r.explanations, count, { class: 'explanations' }, links))
  return parts
}

/** What the person entered, each row with a link back to the field to change it. */
export function answersView(state: CalculatorState): HTMLElement {
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
    const parts = fieldsFor[a.type].filter((f) => a[f] !== '').map((f) => `${formLabel(f, true)} ${answerValue(f, a[f])}`)
    row(`第${i + 1}项 ${activityNames[a.type].zh}`, parts.join('，'), `a-${i}-date`)
  })
  return dl
}
