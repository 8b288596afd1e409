/**
 * The batch page's client script: reads the chosen file in the browser (CSV by the shared parser
 * in rules/batch, XLSX by a reader imported only now), has rules/ check every person-year, shows
 * and sorts the results, and builds the downloads as Blobs. Nothing is sent anywhere.
 */
import {
  checkBatch, decodeText, formatCsv, headerProblemText, ignoredText, parseCsv, problemText, resultTable, shortLine,
  statusNames, summaryText, warningLines, type BatchResult, type BatchStatus, type Cell, type CitedText, type PersonYear,
} from '../../rules/batch/index.ts'
import { RULES, todayInChina, zh } from '../../rules/index.ts'
import { el } from '../calculator/dom.ts'
import { paths } from '../lib/paths.ts'
import { writeXlsx } from './xlsx-write.ts'

const root = document.querySelector<HTMLElement>('[data-batch]')
if (root) start(root)

type Sort = 'file' | 'status' | 'short' | 'name'
const statusOrder: Record<BatchStatus, number> = { error: 0, 'not-met': 1, 'in-progress': 2, met: 3 }

function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04
}

function isOldExcel(bytes: Uint8Array): boolean {
  return bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0
}

async function readRows(file: File): Promise<{ rows: Cell[][]; note: string }> {
  const bytes = new Uint8Array(await file.arrayBuffer())
  if (isOldExcel(bytes)) throw new Error('这是旧版 Excel（.xls）文件：请在 Excel 中“另存为” .xlsx 或 CSV 后再选择。')
  if (isZip(bytes)) {
    const { readXlsxRows, WorkbookTooLargeError } = await import('./xlsx-read.ts')
    try {
      return { rows: await readXlsxRows(bytes.buffer), note: '已读取 Excel 文件的第一个工作表' }
    } catch (error) {
      if (error instanceof WorkbookTooLargeError) throw new Error('这个 Excel 文件太大，无法在页面中读取：请在 Excel 中“另存为” CSV（逗号分隔）后再选择，CSV 没有大小限制。', { cause: error })
      throw new Error('无法读取这个 Excel 文件：请确认它是 .xlsx 格式，或另存为 CSV 后再试。', { cause: error })
    }
  }
  const decoded = decodeText(bytes)
  const encoding = decoded.encoding === 'gb18030' ? 'GBK/GB18030 编码' : decoded.encoding === 'utf-16le' ? 'UTF-16 编码' : `UTF-8 编码${decoded.bom ? '（带 BOM）' : ''}`
  return { rows: parseCsv(decoded.text), note: `已按 ${encoding} 读取 CSV 文件` }
}

function download(name: string, data: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([data], { type }))
  const a = el('a', { href: url, download: name })
  document.body.append(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

function list(items: (string | Node)[], className?: string): HTMLElement | string {
  if (items.length === 0) return ''
  const ul = el('ul', className ? { class: className } : {})
  for (const item of items) {
    const li = el('li')
    li.append(item)
    ul.append(li)
  }
  return ul
}

/** A result line with its document and a link to its rule on /rules/. */
function citedView(l: CitedText): DocumentFragment {
  const out = document.createDocumentFragment()
  const cite = el('cite')
  cite.append(`（${l.citation}${l.interpretation ? '，本站理解' : ''}；`, el('a', { href: paths.rule(l.ruleId) }, '规则说明'), '）')
  out.append(`${l.text} `, cite)
  return out
}

function cell(tag: 'td' | 'th', content: Node | string, attrs: Record<string, string> = {}): HTMLElement {
  const node = el(tag, attrs)
  node.append(content)
  return node
}

function shortView(e: PersonYear): Node | string {
  const l = shortLine(zh, e)
  if (l) return citedView(l)
  return e.result ? '—' : ''
}

function rowView(e: PersonYear, withId: boolean): HTMLTableRowElement {
  const tr = el('tr', { 'data-status': e.status })
  const r = e.result
  const n = (v: number | undefined) => (v === undefined ? '—' : String(v))
  tr.append(
    cell('th', e.name || '（未填姓名）', { scope: 'row' }),
    ...(withId ? [cell('td', e.id)] : []),
    cell('td', e.year === undefined ? '—' : String(e.year)),
    cell('td', el('span', { class: `st st--${e.status}` }, statusNames[e.status].zh)),
    cell('td', n(r?.total)),
    cell('td', n(r?.public)),
    cell('td', n(r?.professional)),
    cell('td', shortView(e)),
  )
  const notes = el('td')
  const problems = list(e.problems.map((p) => problemText(zh, p)), 'problem')
  const warnings = list([...e.ignored.map((n) => ignoredText(zh, n)), ...warningLines(zh, e).map(citedView)])
  notes.append(problems, warnings)
  tr.append(notes)
  return tr
}

function start(root: HTMLElement): void {
  const input = root.querySelector<HTMLInputElement>('#batch-file')!
  const dateInput = root.querySelector<HTMLInputElement>('#batch-date')!
  const drop = root.querySelector<HTMLElement>('[data-drop]')!
  const status = root.querySelector<HTMLElement>('[data-status]')!
  const results = root.querySelector<HTMLElement>('[data-results]')!
  const summary = root.querySelector<HTMLElement>('[data-summary]')!
  const tableBox = root.querySelector<HTMLElement>('[data-table]')!
  const filter = root.querySelector<HTMLSelectElement>('[data-filter]')!
  const sort = root.querySelector<HTMLSelectElement>('[data-sort]')!
  let file: File | undefined
  let result: BatchResult | undefined

  function showError(message: string): void {
    result = undefined
    results.hidden = true
    status.replaceChildren(el('p', { class: 'status--error' }, message))
  }

  function sorted(entries: PersonYear[]): PersonYear[] {
    const by = sort.value as Sort
    const list = entries.map((e, i) => ({ e, i }))
    const shortOf = (e: PersonYear) => e.result?.shortfall.total ?? -1
    list.sort((a, b) => {
      if (by === 'status') return statusOrder[a.e.status] - statusOrder[b.e.status] || a.i - b.i
      if (by === 'short') return shortOf(b.e) - shortOf(a.e) || a.i - b.i
      if (by === 'name') return a.e.name.localeCompare(b.e.name, 'zh-CN') || a.i - b.i
      return a.i - b.i
    })
    return list.map((x) => x.e)
  }

  function renderTable(): void {
    if (!result) return
    const withId = result.entries.some((e) => e.id !== '')
    const shown = sorted(result.entries).filter((e) => filter.value === 'all' || e.status === filter.value)
    const table = el('table')
    const caption = el('caption', {}, `每人每年度一行，显示 ${shown.length} 行（共 ${result.entries.length} 行）`)
    const head = el('thead')
    const hr = el('tr')
    for (const h of ['姓名', ...(withId ? ['证件号'] : []), '年度', '结果', '总计', '公需科目', '专业科目', '还差', '问题与提醒']) hr.append(el('th', { scope: 'col' }, h))
    head.append(hr)
    const body = el('tbody')
    for (const e of shown) body.append(rowView(e, withId))
    table.append(caption, head, body)
    tableBox.replaceChildren(table)
  }

  async function run(): Promise<void> {
    if (!file) return
    status.replaceChildren(el('p', {}, `正在读取 ${file.name}…`))
    let rows: Cell[][]
    let note: string
    try {
      ;({ rows, note } = await readRows(file))
    } catch (error) {
      showError((error as Error).message)
      return
    }
    const today = todayInChina(new Date())
    const asOf = /^\d{4}-\d{2}-\d{2}$/.test(dateInput.value) ? dateInput.value : today
    const r = checkBatch(rows, { asOf, rules: RULES })
    if (!r.ok) {
      showError(headerProblemText(zh, r))
      return
    }
    result = r
    const skipped = r.skipped > 0 ? `，跳过 ${r.skipped} 个空行` : ''
    status.replaceChildren(el('p', {}, `${note}：${r.rowsRead} 行数据${skipped}，按 ${asOf} 的规定核对。`))
    summary.textContent = summaryText(zh, r)
    results.hidden = false
    renderTable()
    results.focus()
  }

  function choose(chosen: File | undefined): void {
    file = chosen
    void run()
  }

  input.addEventListener('change', () => choose(input.files?.[0]))
  dateInput.addEventListener('change', () => void run())
  filter.addEventListener('change', renderTable)
  sort.addEventListener('change', renderTable)
  drop.addEventListener('dragover', (event) => {
    event.preventDefault()
    drop.setAttribute('data-over', '')
  })
  drop.addEventListener('dragleave', () => drop.removeAttribute('data-over'))
  drop.addEventListener('drop', (event) => {
    event.preventDefault()
    drop.removeAttribute('data-over')
    choose(event.dataTransfer?.files[0])
  })
  root.querySelector('[data-form]')?.addEventListener('submit', (event) => event.preventDefault())
  root.querySelectorAll<HTMLButtonElement>('[data-download]').forEach((button) => {
    button.addEventListener('click', () => {
      if (!result) return
      const rows = resultTable(zh, result)
      const base = `学时核对结果-${(file?.name ?? '').replace(/\.[^.]+$/, '') || '批量'}`
      if (button.dataset.download === 'csv') download(`${base}.csv`, formatCsv(rows), 'text/csv;charset=utf-8')
      else download(`${base}.xlsx`, writeXlsx(rows, '核对结果') as Uint8Array<ArrayBuffer>, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    })
  })
}
