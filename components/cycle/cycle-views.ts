/**
 * The multi-year page's views: each builds one part of the page from data (the state, the
 * result, the errors). A year given as activities reuses the yearly calculator's activity
 * fieldsets (components/calculator/views.ts), their ids prefixed with the year.
 */
import {
  activityNames, activityTypes, cycleLineText, errorDetail, yearLineText, zh,
  type ActivityType, type CycleLine, type CycleResult, type Hours, type Line, type ValidationError, type YearLine,
} from '../../rules/index.ts'
import { formatDate } from '../lib/format.ts'
import { el } from '../calculator/dom.ts'
import { showFieldErrors } from '../calculator/field-errors.ts'
import type { ActivityField } from '../calculator/state.ts'
import { activityView } from '../calculator/views.ts'
import { citationView } from '../calculator/citation-view.ts'
import type { CitationLinks } from '../lib/citations.ts'
import { formLabel, itemNames } from '../calculator/wording.ts'
import { fieldId, type CycleState, type YearEntry } from './cycle-state.ts'

export type { CitationLinks } from '../lib/citations.ts'

export interface YearHandlers {
  mode: (mode: YearEntry['mode']) => void
  record: (field: 'public' | 'professional', value: string) => void
  activity: (index: number, field: ActivityField, value: string) => void
  add: (type: ActivityType) => void
  remove: (index: number) => void
}

/** Gives every id in a subtree (and the labels and descriptions pointing at them) a prefix. */
function prefixIds(root: HTMLElement, prefix: string): void {
  for (const node of [root, ...root.querySelectorAll<HTMLElement>('[id], [for], [aria-describedby]')]) {
    if (node.id) node.id = prefix + node.id
    const forId = node.getAttribute('for')
    if (forId) node.setAttribute('for', prefix + forId)
    const described = node.getAttribute('aria-describedby')
    if (described) node.setAttribute('aria-describedby', described.split(' ').map((t) => prefix + t).join(' '))
  }
}

function numberField(id: string, label: string, value: string, onInput: (v: string) => void, hint?: string): HTMLElement {
  const wrap = el('div', { class: 'field' })
  wrap.append(el('label', { for: id }, label))
  if (hint) wrap.append(el('p', { class: 'hint', id: `${id}-hint` }, hint))
  wrap.append(el('p', { class: 'error-message', id: `${id}-error`, hidden: '' }))
  const input = el('input', { id, name: id, type: 'text', inputmode: 'decimal', autocomplete: 'off' })
  if (hint) input.setAttribute('aria-describedby', `${id}-hint`)
  input.value = value
  input.addEventListener('input', () => onInput(input.value))
  wrap.append(input)
  return wrap
}

/** One year: how it is given (registered totals or activities) and its fields. */
export function yearView(year: number, entry: YearEntry, on: YearHandlers): HTMLElement {
  const fs = el('fieldset', { class: 'year', id: `y${year}` })
  fs.append(el('legend', {}, `${year}年度`))
  const mode = el('fieldset', { class: 'mode' })
  mode.append(el('legend', {}, `${year}年度按什么填写`))
  for (const [value, text] of [['record', '学时登记记录上的合计（公需、专业）'], ['activities', '当年的学习活动，逐项填写']] as const) {
    const id = `y${year}-mode-${value}`
    const radio = el('input', { type: 'radio', id, name: `y${year}-mode`, value })
    radio.checked = entry.mode === value
    radio.addEventListener('change', () => on.mode(value))
    const label = el('label', { for: id, class: 'inline' }, text)
    const row = el('div', { class: 'choice' })
    row.append(radio, label)
    mode.append(row)
  }
  fs.append(mode)
  if (entry.mode === 'record') {
    fs.append(
      numberField(`y${year}-public`, '公需科目学时', entry.public, (v) => on.record('public', v), '两项都不填：该年度按0学时计'),
      numberField(`y${year}-professional`, '专业科目学时', entry.professional, (v) => on.record('professional', v)),
    )
    return fs
  }
  const state = { year: String(year), date: '', activities: entry.activities }
  entry.activities.forEach((_, i) => {
    const view = activityView(state, i, [], { input: (f, value) => on.activity(i, f, value), remove: () => on.remove(i) })
    prefixIds(view, `y${year}-`)
    fs.append(view)
  })
  const add = el('fieldset', { class: 'add', id: `y${year}-add`, tabindex: '-1' })
  add.append(el('legend', {}, `为${year}年度添加一项学习或成果`))
  const ul = el('ul')
  for (const type of activityTypes) {
    const li = el('li')
    const button = el('button', { type: 'button', 'data-type': type }, activityNames[type].add)
    button.addEventListener('click', () => on.add(type))
    li.append(button)
    ul.append(li)
  }
  add.append(ul)
  fs.append(add)
  return fs
}

/** Which answer an error is about, as the page names it. */
function errorPlace(e: ValidationError, yearAt: readonly number[], s: CycleState): string {
  const [top, index, field, aIndex, aField] = e.at
  if (top === 'years' && typeof index === 'number') {
    const year = yearAt[index]
    const entry = year === undefined ? undefined : s.years[String(year)]
    if (field === 'activities' && typeof aIndex === 'number' && entry?.mode === 'activities') {
      const a = entry.activities[aIndex]
      return `${year}年度第${aIndex + 1}项（${a ? activityNames[a.type].zh : ''}）${typeof aField === 'string' ? formLabel(aField) : ''}`
    }
    return `${year}年度${field === 'professional' ? '专业科目学时' : field === 'public' ? '公需科目学时' : ''}`
  }
  const names: Record<string, string> = { fromYear: '任职周期第一年', toYear: '最后一年', transferYear: '调入年度', majorMismatch: '跨专业申报', purpose: '核对什么' }
  return `${names[String(top)] ?? e.path}${top === 'majorMismatch' ? (index === 'hours' ? '：已完成学时' : '：职称级别') : ''}`
}

/** The error summary (links to the fields) and each field's own message. */
export function showErrors(root: HTMLElement, summary: HTMLElement, errors: readonly ValidationError[], yearAt: readonly number[], s: CycleState): void {
  const fieldErrors = errors.map((e) => ({ id: fieldId(e.at, yearAt), message: `${errorPlace(e, yearAt, s)}：${errorDetail(zh, e)}` }))
  showFieldErrors(root, summary, 'cy-error-title', fieldErrors)
}

function linesView(lines: readonly Line[], text: (l: Line) => string, links: CitationLinks, cls: string): HTMLElement {
  const ul = el('ul', { class: cls })
  for (const l of lines) {
    const li = el('li')
    li.append(document.createTextNode(`${text(l)} `), citationView(l, links))
    ul.append(li)
  }
  return ul
}

const pair = (h: Hours) => `公需${h.public} / 专业${h.professional}`
const sourceName = { record: '学时登记', activities: '逐项活动', missing: '未填写（按0计）' } as const

function statusOf(r: CycleResult): { text: string; met: boolean } {
  if (r.outcome === 'met') return { text: r.purpose === 'promotion' ? `已达到要求：最近${r.toYear - r.fromYear + 1}个年度年均学时达到规定` : '已达到要求：任职周期内年均学时达到规定', met: true }
  if (r.outcome === 'not-applicable') return { text: '无法按本省规定核算', met: false }
  if (r.majorMismatch && !r.majorMismatch.met && r.outcome === 'not-met' && r.shortfall.total === 0 && r.shortfall.public === 0 && r.shortfall.professional === 0) {
    return { text: '未达到要求：跨专业申报的专业科目学时不足', met: false }
  }
  const crammed = r.outcome === 'cramming' ? '不计突击完成的学时，年均不足' : ''
  if (r.purpose === 'promotion') return { text: `未达到要求：暂缓晋升${crammed ? `（${crammed}）` : ''}`, met: false }
  return { text: `未达到要求：${crammed || '年均学时不足'}`, met: false }
}

/** The verdict, the table of years, the average against the requirement, and every line with its rule. */
export function resultView(r: CycleResult, links: CitationLinks): HTMLElement[] {
  const status = statusOf(r)
  const parts: HTMLElement[] = [el('h2', { class: status.met ? 'status status--met' : 'status status--short' }, status.text)]
  if (r.years.length > 0) {
    const table = el('table', { class: 'years' })
    table.append(el('caption', {}, `${r.fromYear}—${r.toYear}年各年度学时（按${formatDate(r.asOf)}的规定核对）`))
    const head = el('tr')
    for (const h of ['年度', '来源', '登记学时', '专业折算公需', '计入周期', '抵补其他年度', '突击，不计入']) head.append(el('th', { scope: 'col' }, h))
    table.append(el('thead'), el('tbody'), el('tfoot'))
    table.tHead!.append(head)
    for (const y of r.years) {
      const tr = el('tr')
      tr.append(el('th', { scope: 'row' }, `${y.year}年度`), el('td', {}, sourceName[y.from]), el('td', {}, pair(y.recorded)),
        el('td', {}, String(y.substituted)), el('td', {}, pair(y.counted)), el('td', {}, y.madeUp.total > 0 ? pair(y.madeUp) : '0'),
        el('td', { class: y.notCounted.total > 0 ? 'flag' : '' }, y.notCounted.total > 0 ? pair(y.notCounted) : '0'))
      table.tBodies[0]!.append(tr)
    }
    const foot = (label: string, h: Hours, note = '') => {
      const tr = el('tr')
      tr.append(el('th', { scope: 'row', colspan: '4' }, label), el('td', { colspan: '3' }, `总计${h.total}（${pair(h)}）${note}`))
      table.tFoot!.append(tr)
    }
    foot('年均（计入周期的学时）', r.average)
    foot('年度要求', r.required)
    foot('年均还差', r.shortfall)
    const wrap = el('div', { class: 'table-wrap' })
    wrap.append(table)
    parts.push(wrap)
  }
  if (r.excludedYears.length > 0) parts.push(el('p', {}, `不在本次核算之内的年度：${r.excludedYears.join('、')}（见下方说明）。`))
  if (r.majorMismatch) {
    const m = r.majorMismatch
    parts.push(el('p', { class: m.met ? '' : 'flag' }, `跨专业申报：所申报专业的专业科目学习要求${m.required}学时，已完成${m.completed}学时${m.met ? '，已达到' : `，还差${m.shortfall}学时`}。`))
  }
  const cycleText = (l: Line) => cycleLineText(zh, l as CycleLine)
  if (r.warnings.length > 0) parts.push(el('h3', {}, '请注意'), linesView(r.warnings, cycleText, links, 'warnings'))
  parts.push(el('h3', {}, '怎么算的'), linesView(r.explanations, cycleText, links, 'explanations'))
  for (const y of r.years) {
    if (!y.detail) continue
    const names = itemNames(y.detail.activities.length)
    const yearText = (l: Line) => yearLineText(zh, l as YearLine, (p) => `${y.year}年度${names(p)}`)
    parts.push(el('h3', {}, `${y.year}年度逐项怎么算的`), linesView([...y.detail.warnings, ...y.detail.explanations], yearText, links, 'year-lines'))
  }
  return parts
}
