/**
 * The batch results in words, for the page, its downloads and the command line: statuses, what is
 * short, warnings with activities named by their row, problems named by row and column.
 */
import { activityNames, fieldLabel } from '../labels.ts'
import { errorDetail, yearLineText, type Messages } from '../messages/word.ts'
import { fieldOf } from '../paths.ts'
import type { BatchResult, BatchStatus, PersonYear } from './check-batch.ts'
import { columnNames } from './fields.ts'
import { personColumnsOf } from './person-columns.ts'
import type { BatchHeaderProblem, BatchIgnored, BatchProblem } from './table.ts'

export const statusNames: Record<BatchStatus, { zh: string; en: string }> = {
  met: { zh: '已达到', en: 'met' },
  'not-met': { zh: '未达到', en: 'not met' },
  'in-progress': { zh: '未达到（仍可补学）', en: 'not met yet (can still be completed)' },
  error: { zh: '数据有问题', en: 'problems in the data' },
}

/** 第5行「天数」列：须为整数，收到 1.5 */
export function problemText(m: Messages, p: BatchProblem): string {
  const field = fieldOf(p.error.at)
  const column = p.column ?? (p.field ? columnNames[p.field] : field === undefined ? undefined : fieldLabel(field)?.[m.lang] ?? field)
  const detail = p.related ? relatedDetail(m, p.related) : errorDetail(m, p.error)
  if (m.lang === 'zh') return column === undefined ? `第${p.row}行：${detail}` : `第${p.row}行「${column}」列：${detail}`
  return column === undefined ? `row ${p.row}: ${detail}` : `row ${p.row}, column "${column}": ${detail}`
}

/** The one error whose own words name input fields (hours, count), worded with the file's columns instead. */
function relatedDetail(m: Messages, [hours, count]: readonly string[]): string {
  return m.lang === 'zh'
    ? `网络课件请填写「${hours}」或「${count}」列，二者填且只填其一`
    : `courseware needs either the "${hours}" or the "${count}" column, not both`
}

/** 第5行「成绩」列：资格考试合格不使用此列，已忽略（85） */
export function ignoredText(m: Messages, n: BatchIgnored): string {
  return m.lang === 'zh'
    ? `第${n.row}行「${n.column}」列：${activityNames[n.type].zh}不使用此列，已忽略（${n.value}）`
    : `row ${n.row}, column "${n.column}": not used for ${activityNames[n.type].en}, ignored (${n.value})`
}

/** A worded result line with the rule it cites: the page links the rule, the downloads name it. */
export interface CitedText {
  text: string
  ruleId: string
  citation: string
  interpretation: boolean
}

/** Each warning of the year, its activity named by the sheet row (第7行), with its rule. */
export function warningLines(m: Messages, e: PersonYear): CitedText[] {
  if (!e.result) return []
  const rowName = (path: string) => {
    const index = /^activities\[(\d+)\]/.exec(path)?.[1]
    const row = index === undefined ? undefined : e.activityRows[Number(index)]
    if (row === undefined) return path
    return m.lang === 'zh' ? `第${row}行` : `row ${row}`
  }
  return e.result.warnings.map((w) => ({ text: yearLineText(m, w, rowName), ruleId: w.ruleId, citation: w.citation, interpretation: w.interpretation }))
}

export function warningTexts(m: Messages, e: PersonYear): string[] {
  return warningLines(m, e).map((l) => l.text)
}

/** What is still missing, citing the yearly requirement it falls short of; undefined when nothing is. */
export function shortLine(m: Messages, e: PersonYear): CitedText | undefined {
  const text = shortText(m, e)
  const line = e.result?.explanations.find((l) => l.code === 'shortfall')
  if (!text || !line) return undefined
  return { text, ruleId: line.ruleId, citation: line.citation, interpretation: line.interpretation }
}

const cited = (m: Messages, l: CitedText | undefined) => (l ? citedPlainText(m, l) : '')

/** A cited line as plain text, for the downloads: 'text（85号 二，本站理解；规则 requirement-109）'. */
export function citedPlainText(m: Messages, l: CitedText): string {
  if (m.lang === 'zh') return `${l.text}（${l.citation}${l.interpretation ? '，本站理解' : ''}；规则 ${l.ruleId}）`
  return `${l.text} (${l.citation}${l.interpretation ? ", the site's reading" : ''}; rule ${l.ruleId})`
}

/** What is still missing: 还差 30 学时（公需 30） / '' when nothing. */
export function shortText(m: Messages, e: PersonYear): string {
  const s = e.result?.shortfall
  if (!s || s.total + s.public + s.professional === 0) return ''
  const parts: string[] = []
  if (m.lang === 'zh') {
    if (s.public > 0) parts.push(`公需 ${s.public}`)
    if (s.professional > 0) parts.push(`专业 ${s.professional}`)
    return `还差 ${s.total} 学时${parts.length ? `（${parts.join('，')}）` : ''}`
  }
  if (s.public > 0) parts.push(`public ${s.public}`)
  if (s.professional > 0) parts.push(`professional ${s.professional}`)
  return `${s.total} hours short${parts.length ? ` (${parts.join(', ')})` : ''}`
}

/** “42 人中 37 人已达到”, with the years and what else there is. */
export function summaryText(m: Messages, r: BatchResult): string {
  const s = r.summary
  const oneYear = s.years.length === 1
  if (m.lang === 'zh') {
    const unit = oneYear && s.entries === s.people ? '人' : '人次'
    const head = `${oneYear ? `${s.years[0]}年度：` : ''}${s.entries} ${unit}中 ${s.met} ${unit}已达到`
    const rest = [
      s.notMet ? `${s.notMet} ${unit}未达到` : '',
      s.inProgress ? `${s.inProgress} ${unit}尚未达到但仍可补学` : '',
      s.error ? `${s.error} ${unit}的数据有问题` : '',
    ].filter(Boolean)
    return head + (rest.length ? `，${rest.join('，')}` : '') + '。'
  }
  const head = `${oneYear ? `${s.years[0]}: ` : ''}${s.met} of ${s.entries} met the requirement`
  const rest = [s.notMet ? `${s.notMet} not met` : '', s.inProgress ? `${s.inProgress} not met yet` : '', s.error ? `${s.error} with problems` : ''].filter(Boolean)
  return head + (rest.length ? `; ${rest.join(', ')}` : '') + '.'
}

/** The refusal of a file whose header lacks a required column. */
export function headerProblemText(m: Messages, p: BatchHeaderProblem): string {
  const names = p.missing.map((c) => (m.lang === 'zh' ? `${columnNames[c]}（${c}）` : `${c} (${columnNames[c]})`)).join(m.lang === 'zh' ? '、' : ', ')
  if (p.headerRow === 0) return m.lang === 'zh' ? '文件是空的：没有表头和数据' : 'the file is empty: no header and no data'
  return m.lang === 'zh'
    ? `表头（第${p.headerRow}行）缺少列：${names}。表头须有 姓名、年度、类型、日期，可用中文或英文（name,year,type,date）`
    : `the header (row ${p.headerRow}) lacks columns: ${names}. It needs name, year, type and date, in English or Chinese`
}

/** The results as a table for download (CSV or XLSX): a header row, then one row per person-year. */
export function resultTable(m: Messages, r: BatchResult): string[][] {
  const who = personColumnsOf(r.entries)
  const zh = m.lang === 'zh'
  const header = [
    ...who.map((c) => c[m.lang]),
    ...(zh
      ? ['结果', '总计', '公需科目', '专业科目', '还差总计', '还差公需', '还差专业', '说明', '提醒', '问题']
      : ['status', 'total', 'public', 'professional', 'shortfall_total', 'shortfall_public', 'shortfall_professional', 'short', 'warnings', 'problems']),
  ]
  const n = (v: number | undefined) => (v === undefined ? '' : String(v))
  const rows = r.entries.map((e) => [
    ...who.map((c) => c.value(e)),
    statusNames[e.status][m.lang],
    n(e.result?.total), n(e.result?.public), n(e.result?.professional),
    n(e.result?.shortfall.total), n(e.result?.shortfall.public), n(e.result?.shortfall.professional),
    cited(m, shortLine(m, e)),
    [...e.ignored.map((n) => ignoredText(m, n)), ...warningLines(m, e).map((l) => cited(m, l))].join('\n'),
    e.problems.map((p) => problemText(m, p)).join('\n'),
  ])
  return [header, ...rows]
}
