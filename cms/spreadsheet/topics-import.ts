/**
 * The year's topic list as editors receive it — topic, provider, URL, hotline, contract window —
 * read from an XLSX or CSV with Chinese column names and created as drafts for review. The whole
 * file is checked first; one bad row and nothing is created, with every problem listed by row
 * and column. Providers are matched by name or by one of their other spellings (其他写法).
 */
import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'
import { validatePhones, validateUrl } from '../fields/validators.ts'
import { defaultTopicHours, validateTopicHours } from '../collections/Topics/hours.ts'
import { readSheet, writeXlsx, type Cell, type Sheet } from './workbook.ts'

type Key = 'year' | 'title' | 'provider' | 'learningUrl' | 'hotlines' | 'hours' | 'contractStart' | 'contractEnd' | 'studyDeadline'

interface Column {
  key: Key
  label: string
  required?: boolean
  /** other headings editors use for it */
  aliases: string[]
  example: Cell
  hint: string
}

export const topicColumns: Column[] = [
  { key: 'year', label: '年度', required: true, aliases: ['年份'], example: 2027, hint: '四位数字，如 2027' },
  { key: 'title', label: '专题名称', required: true, aliases: ['专题', '名称', '课程名称'], example: '数字经济与高质量发展', hint: '专题的完整名称' },
  { key: 'provider', label: '培训单位', aliases: ['单位', '培训机构'], example: '安徽继续教育网络园区', hint: '须与「培训单位」中的名称或其他写法一致' },
  { key: 'learningUrl', label: '学习网址', aliases: ['网址', '学习地址', '网站'], example: 'https://www.example.cn/', hint: '以 http:// 或 https:// 开头' },
  { key: 'hotlines', label: '咨询电话', aliases: ['电话', '联系电话', '热线'], example: '0551-62620006、400-123-4567', hint: '多个号码用顿号、逗号或分号隔开' },
  { key: 'hours', label: '学时', aliases: [], example: defaultTopicHours, hint: `整数，留空为 ${defaultTopicHours}` },
  { key: 'contractStart', label: '合同期开始', aliases: ['合同开始', '开始日期'], example: '2027-01-01', hint: '日期，如 2027-01-01 或 2027年1月1日' },
  { key: 'contractEnd', label: '合同期结束', aliases: ['合同结束', '结束日期'], example: '2027-12-31', hint: '日期，不早于合同期开始' },
  { key: 'studyDeadline', label: '学习截止', aliases: ['截止日期', '学习截止日期'], example: '2027-12-31', hint: '日期，可留空' },
]

export interface RowProblem {
  row: number
  column?: string
  message: string
}

export interface ImportResult {
  created: Array<{ id: number | string; title: string; row: number }>
  message: string
}

export class ImportRefused extends Error {
  readonly problems: RowProblem[]
  constructor(problems: RowProblem[]) {
    super(`导入失败，没有导入任何专题：${problems.map(describe).join('；')}`)
    this.problems = problems
  }
}

export const describe = (p: RowProblem) => (p.row ? `第 ${p.row} 行${p.column ? `「${p.column}」` : ''}：${p.message}` : p.message)

const heading = (value: string) => value.replace(/[\s*＊]|（必填）|\(必填\)/g, '')
const name = (value: string) => value.replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')')
const textOf = (cell: Cell | undefined): string => (cell === null || cell === undefined ? '' : cell instanceof Date ? cell.toISOString() : String(cell).trim())

/** A calendar day from a date cell, an Excel day number, or text like 2027-1-1 / 2027年1月1日 / 2027/1/1. */
export function toDay(cell: Cell | undefined): string | undefined | Error {
  if (cell === null || cell === undefined || cell === '') return undefined
  let y: number, m: number, d: number
  if (cell instanceof Date) [y, m, d] = [cell.getUTCFullYear(), cell.getUTCMonth() + 1, cell.getUTCDate()]
  else if (typeof cell === 'number') {
    const date = new Date(Date.UTC(1899, 11, 30) + Math.round(cell) * 86_400_000)
    ;[y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()]
  } else {
    const match = String(cell).trim().match(/^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/)
    if (!match) return new Error(`「${String(cell)}」不是日期，请写成 2027-01-01 或 2027年1月1日`)
    ;[y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])]
  }
  const day = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
  const check = new Date(`${day}T00:00:00Z`)
  if (Number.isNaN(check.getTime()) || check.getUTCMonth() + 1 !== m || check.getUTCDate() !== d) return new Error(`没有 ${day} 这一天`)
  return day
}

export interface TopicDraft {
  row: number
  year: number
  title: string
  providerName?: string
  learningUrl?: string
  hotlines: string[]
  hours: number
  contractStart?: string
  contractEnd?: string
  studyDeadline?: string
}

/** The sheet's rows as topic drafts, or every problem found. */
export function parseTopicSheet(sheet: Sheet): { drafts: TopicDraft[]; problems: RowProblem[] } {
  const problems: RowProblem[] = []
  const index = new Map<Key, number>()
  sheet.header.forEach((raw, i) => {
    const h = heading(raw)
    const column = topicColumns.find((c) => c.label === h || c.key === h || c.aliases.includes(h))
    if (column && !index.has(column.key)) index.set(column.key, i)
  })
  for (const column of topicColumns.filter((c) => c.required && !index.has(c.key))) {
    problems.push({ row: 1, message: `表头缺少「${column.label}」列（请使用导入模板）` })
  }
  if (problems.length) return { drafts: [], problems }
  const drafts: TopicDraft[] = []
  sheet.rows.forEach((cells, i) => {
    const row = i + 2
    const get = (key: Key) => (index.has(key) ? cells[index.get(key)!] : undefined)
    if (topicColumns.every((c) => textOf(get(c.key)) === '')) return
    const fail = (key: Key, message: string) => problems.push({ row, column: topicColumns.find((c) => c.key === key)!.label, message })
    const year = Number(textOf(get('year')))
    if (!Number.isInteger(year) || year < 2000 || year > 2100) fail('year', textOf(get('year')) ? `「${textOf(get('year'))}」不是 2000–2100 之间的年份` : '请填写年度')
    const title = textOf(get('title'))
    if (!title) fail('title', '请填写专题名称')
    const learningUrl = textOf(get('learningUrl')) || undefined
    const urlCheck = validateUrl(learningUrl)
    if (urlCheck !== true) fail('learningUrl', urlCheck)
    const hotlines = textOf(get('hotlines')).split(/[、，,;；/\n]+/).map((s) => s.trim()).filter(Boolean)
    const phoneCheck = validatePhones(hotlines)
    if (phoneCheck !== true) fail('hotlines', phoneCheck)
    const hoursText = textOf(get('hours'))
    const hours = hoursText === '' ? defaultTopicHours : Number(hoursText)
    const hoursCheck = validateTopicHours(Number.isNaN(hours) ? hoursText : hours)
    if (hoursCheck !== true) fail('hours', hoursCheck)
    const days: Partial<Record<'contractStart' | 'contractEnd' | 'studyDeadline', string>> = {}
    for (const key of ['contractStart', 'contractEnd', 'studyDeadline'] as const) {
      const day = toDay(get(key))
      if (day instanceof Error) fail(key, day.message)
      else if (day) days[key] = day
    }
    if (days.contractStart && days.contractEnd && days.contractEnd < days.contractStart) fail('contractEnd', '合同期结束早于合同期开始')
    drafts.push({ row, year, title, providerName: textOf(get('provider')) || undefined, learningUrl, hotlines, hours, ...days })
  })
  if (!drafts.length && !problems.length) problems.push({ row: 0, message: '表格中没有专题（第 2 行起每行一个专题）' })
  return { drafts, problems }
}

/** Reads the file, checks every row, and creates the topics as drafts, all or none. */
export async function importTopics(req: PayloadRequest, file: Buffer): Promise<ImportResult> {
  let sheet: Sheet
  try {
    sheet = await readSheet(file)
  } catch {
    throw new ImportRefused([{ row: 0, message: '无法读取文件：请上传 Excel（.xlsx）或 CSV 表格' }])
  }
  const { drafts, problems } = parseTopicSheet(sheet)
  const access = { req, user: req.user, overrideAccess: false } as const
  const providers = await req.payload.find({ collection: 'providers', ...access, draft: true, depth: 0, limit: 1000, pagination: false })
  const providerByName = new Map<string, number | string>()
  for (const p of providers.docs) for (const n of [p.name, ...(p.variants ?? [])]) if (n) providerByName.set(name(n), p.id)
  const existing = await req.payload.find({
    collection: 'topics',
    ...access,
    draft: true,
    depth: 0,
    pagination: false,
    where: { year: { in: [...new Set(drafts.map((d) => d.year))] } },
    select: { year: true, title: true },
  })
  const taken = new Set(existing.docs.map((t) => `${t.year}|${t.title}`))
  const seen = new Set<string>()
  for (const draft of drafts) {
    if (draft.providerName && !providerByName.has(name(draft.providerName))) {
      problems.push({ row: draft.row, column: '培训单位', message: `没有名为「${draft.providerName}」的培训单位（先在「培训单位」中添加，或把名称写入其「其他写法」）` })
    }
    const key = `${draft.year}|${draft.title}`
    if (taken.has(key)) problems.push({ row: draft.row, column: '专题名称', message: `${draft.year} 年度已有专题「${draft.title}」` })
    else if (seen.has(key)) problems.push({ row: draft.row, column: '专题名称', message: `与前面的行重复：${draft.year} 年度「${draft.title}」` })
    seen.add(key)
  }
  if (problems.length) throw new ImportRefused(problems.sort((a, b) => a.row - b.row))

  const created: ImportResult['created'] = []
  const ownTransaction = await initTransaction(req)
  try {
    for (const draft of drafts) {
      const doc = await req.payload.create({
        collection: 'topics',
        ...access,
        draft: true,
        data: {
          _status: 'draft',
          year: draft.year,
          title: draft.title,
          provider: draft.providerName ? (providerByName.get(name(draft.providerName)) as number) : undefined,
          learningUrl: draft.learningUrl,
          hotlines: draft.hotlines,
          hours: draft.hours,
          contractStart: draft.contractStart,
          contractEnd: draft.contractEnd,
          studyDeadline: draft.studyDeadline,
        },
      })
      created.push({ id: doc.id, title: draft.title, row: draft.row })
    }
    if (ownTransaction) await commitTransaction(req)
  } catch (error) {
    if (ownTransaction) await killTransaction(req)
    throw error
  }
  return { created, message: `已导入 ${created.length} 个专题草稿，请逐个检查后提交审核。` }
}

/** The template editors fill in: the columns with an example row, and a sheet explaining them. */
export function topicTemplate(): Promise<Buffer> {
  return writeXlsx([
    { name: '专题', header: topicColumns.map((c) => (c.required ? `${c.label}（必填）` : c.label)), rows: [topicColumns.map((c) => c.example)] },
    {
      name: '填写说明',
      header: ['列', '必填', '说明'],
      rows: [
        ...topicColumns.map((c) => [c.label, c.required ? '是' : '否', c.hint]),
        ['', '', '每行一个专题，从第 2 行开始（示例行请删除或改写）。导入后均为草稿，审核发布后才公开。'],
        ['', '', '有一行出错时不会导入任何专题，系统会列出出错的行和列。'],
      ],
    },
  ])
}
