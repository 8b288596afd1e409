/**
 * The batch parser (rules/batch, with components/batch for XLSX) on files shaped as Chinese Excel
 * saves them (test/fixtures/batch, made by make-fixtures.ts): GBK with Chinese headers, UTF-8 with
 * a BOM, XLSX with serial dates, blank rows, quoted line breaks, formula cells. And the same files
 * through the CLI's `check --csv`, which reads with the same parser.
 */
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readXlsxRows } from '../../components/batch/xlsx-read.ts'
import { writeXlsx } from '../../components/batch/xlsx-write.ts'
import { checkBatch, decodeText, ignoredText, parseCsv, readBatchTable, readCsvBytes, resultTable, shortLine, summaryText, warningLines, type BatchResult, type Cell } from '../../rules/batch/index.ts'
import { RULES, zh } from '../../rules/index.ts'
import { projectRoot } from '../../paths.ts'

const fixtures = join(import.meta.dirname, '../fixtures/batch')
const bytes = (name: string) => new Uint8Array(readFileSync(join(fixtures, name)))
const asOf = '2028-01-01'

function check(rows: Cell[][]): BatchResult {
  const r = checkBatch(rows, { asOf, rules: RULES })
  if (!r.ok) throw new Error(`header refused: ${r.missing.join(',')}`)
  return r
}

const byName = (r: BatchResult, name: string) => r.entries.find((e) => e.name === name)!

describe('GBK CSV with Chinese headers (Excel on Chinese Windows)', () => {
  const file = bytes('staff-gbk.csv')
  it('is decoded as GB18030 and keeps a quoted line break inside its cell', () => {
    const decoded = decodeText(file)
    expect(decoded.encoding).toBe('gb18030')
    const rows = parseCsv(decoded.text)
    expect(rows[0]?.slice(0, 4)).toEqual(['姓名', '证件号', '年度', '类型'])
    expect(rows[1]?.[9]).toBe('注册会计师考试，\r\n全科合格')
  })
  it('gives one result per person and year; blank and whitespace rows skipped; bad rows named by row and column', () => {
    const r = check(readCsvBytes(file))
    expect(r.skipped).toBe(2)
    expect(r.entries.map((e) => [e.name, e.status])).toEqual([
      ['张三', 'met'], ['李四', 'not-met'], ['王五', 'error'], ['=1+1', 'met'], ['赵六', 'not-met'], ['孙七', 'error'],
    ])
    expect(byName(r, '李四').result).toMatchObject({ total: 18, public: 0, professional: 18, shortfall: { total: 72, public: 30, professional: 42 } })
    expect(byName(r, '李四').rows).toEqual([4])
    const problems = (name: string) => resultTable(zh, r).find((row) => row[0] === name)!.at(-1)
    expect(problems('王五')).toBe('第6行「天数」列：须为整数，收到 1.5\n第7行「学时」列：须为数字，收到 "abc"')
    expect(problems('孙七')).toMatch(/^第10行「类型」列：须为以下之一：公需科目专题、网络课件/)
    expect(summaryText(zh, r)).toBe('2026年度：6 人中 2 人已达到，2 人未达到，2 人的数据有问题。')
  })
})

describe('each shortfall and warning names its rule and document', () => {
  const r = check(readCsvBytes(bytes('staff-gbk.csv')))
  it('the shortfall cites the yearly requirement', () => {
    expect(shortLine(zh, byName(r, '李四'))).toMatchObject({ text: '还差 72 学时（公需 30，专业 42）', ruleId: 'requirement-109' })
    expect(shortLine(zh, byName(r, '张三'))).toBeUndefined()
  })
  it('every warning carries its rule, and the download’s 说明 and 提醒 columns name document and rule id', () => {
    const withWarning = check([['姓名', '年度', '类型', '日期', '天数'], ['甲', '2026', '培训', '2024-05-01', '3']])
    const lines = warningLines(zh, withWarning.entries[0]!)
    expect(lines.length).toBeGreaterThan(0)
    for (const l of lines) expect(RULES.map((x) => x.id)).toContain(l.ruleId)
    const warnings = resultTable(zh, withWarning)[1]!.at(-2)!
    expect(warnings.split('\n')[0]).toMatch(/^第2行.*（皖人社秘〔2021〕115号 五（四），本站理解；规则 outside-year）$/)
    const table = resultTable(zh, r)
    const col = (name: string) => table[0]!.indexOf(name)
    const li = table.find((row) => row[0] === '李四')!
    expect(li[col('说明')]).toMatch(/^还差 72 学时（公需 30，专业 42）（芜人社秘〔2025〕85号 二；.*；规则 requirement-109）$/)
    for (const row of table.slice(1)) {
      for (const w of row[col('提醒')]!.split('\n').filter(Boolean)) expect(w).toMatch(/；规则 [a-z0-9-]+）$/)
    }
  })
})

describe('an HR sheet with every column on every row (hr-all-columns.csv)', () => {
  const r = check(readCsvBytes(bytes('hr-all-columns.csv')))
  const table = resultTable(zh, r)
  const row = (name: string) => table.find((x) => x[0] === name)!
  const col = (name: string) => table[0]!.indexOf(name)
  it('科目=专业 on 专业学时 and 科目=公需 on a topic agree with the type: accepted, nothing said', () => {
    expect(byName(r, '周一')).toMatchObject({ status: 'met', problems: [], ignored: [] })
  })
  it('a 成绩 on 资格考试 is not used by the rules: ignored, with a notice naming row and column', () => {
    expect(byName(r, '吴二').status).toBe('met')
    expect(ignoredText(zh, byName(r, '吴二').ignored[0]!)).toBe('第4行「成绩」列：资格考试合格不使用此列，已忽略（85）')
    expect(row('吴二')[col('提醒')]).toContain('第4行「成绩」列')
  })
  it('学时 on 培训 is ignored (its hours come from its days)', () => {
    expect(byName(r, '钱四').result?.total).toBe(18)
    expect(row('钱四')[col('提醒')]).toContain('第6行「学时」列：培训、研修或进修不使用此列，已忽略（18）')
  })
  it('科目=公需 on 专业学时 contradicts the type: refused, in the file’s column names', () => {
    expect(byName(r, '郑三').status).toBe('error')
    expect(row('郑三').at(-1)).toBe('第5行「科目」列：单位认定的专业学时只能是专业科目（可留空）')
  })
  it('no batch error names an English field: 学时 and 次数 both on 网络课件', () => {
    expect(row('冯五').at(-1)).toBe('第7行「学时」列：网络课件请填写「学时」或「次数」列，二者填且只填其一')
    for (const x of table.slice(1)) expect(x.at(-1)).not.toMatch(/[a-z]{3,}/)
  })
})

describe('备注 goes with its activity', () => {
  it('a 其他折算 row’s 备注 is quoted in the reminder to check the document', () => {
    const r = check([['姓名', '年度', '类型', '日期', '学时', '科目', '备注'], ['褚六', '2026', '其他折算', '2026/8/1', '40', '专业', '论文《某某研究》']])
    expect(warningLines(zh, byName(r, '褚六')).map((w) => w.text).join('\n')).toContain('（论文《某某研究》）')
  })
})

describe('UTF-8 CSV with a BOM and English headers', () => {
  it('reads English and Chinese type names, 2026/7/1 dates, a quoted comma', () => {
    const file = bytes('staff-utf8-bom.csv')
    expect(decodeText(file)).toMatchObject({ encoding: 'utf-8', bom: true })
    const r = check(readCsvBytes(file))
    expect(r.entries.map((e) => [e.name, e.status, e.result?.total])).toEqual([
      ['Zhang San', 'met', 90], ['Li Si', 'not-met', 30], ['Wang, Wu', 'not-met', 10],
    ])
    expect(byName(r, 'Li Si').rows).toEqual([3, 5])
  })
})

describe('XLSX with serial dates (first sheet)', () => {
  it('finds the header under a title row, reads serial and text dates and formula results, skips empty rows', async () => {
    const file = bytes('staff.xlsx')
    const rows = await readXlsxRows(file.buffer)
    const r = check(rows)
    expect(r.skipped).toBe(2)
    expect(r.entries.map((e) => [e.name, e.id, e.status])).toEqual([
      ['张三', 'A001', 'met'], ['李四', 'A002', 'not-met'], ['@王五', 'A003', 'met'], ['赵六', 'A004', 'error'],
    ])
    const li = byName(r, '李四')
    expect(li.rows).toEqual([4, 6])
    const table = readBatchTable(rows)
    expect(table.ok && table.rows.map((row) => row.activity.date)).toEqual(['2026-03-01', '2026-06-20', '2026-07-01', '2026-07-01', '2026/13/1'])
    expect(li.result?.activities.map((a) => [a.type, a.hours])).toEqual([['training', 18], ['courseware', 12]])
    // 6*2 in the 学时 cell: its cached result, 12
    expect(li.result).toMatchObject({ total: 30, public: 12, professional: 18 })
    expect(resultTable(zh, r).at(-1)?.at(-1)).toBe('第9行「日期」列：须为真实存在的日期，格式 YYYY-MM-DD，收到 "2026/13/1"')
  })
  it('our XLSX results read back: formula-looking names stay text, numbers are numbers', async () => {
    const table = [['姓名', '总计'], ['=1+1', '90'], ['@x', '12.5'], ['-y', '']]
    const back = await readXlsxRows(writeXlsx(table).buffer as ArrayBuffer)
    expect(back).toEqual([['姓名', '总计'], ['=1+1', 90], ['@x', 12.5], ['-y', null]])
  })
})

describe('a header without the required columns refuses the file', () => {
  it('names what is missing', () => {
    const r = checkBatch(parseCsv('姓名,学时\n张三,12\n'), { asOf, rules: RULES })
    expect(r).toEqual({ ok: false, missing: ['year', 'type', 'date'], headerRow: 1 })
  })
})

describe('hours check --csv reads the same files', () => {
  const main = join(projectRoot, 'rules', 'cli', 'main.ts')
  const run = (file: string) => spawnSync(process.execPath, [main, 'check', '--csv', join(fixtures, file), '--date', asOf], { encoding: 'utf8' })
  it('a GBK file with Chinese headers: results, not exit 2; formula-looking names escaped', () => {
    const r = run('staff-gbk.csv')
    expect(r.stderr).toBe('')
    expect(r.status).toBe(1)
    const lines = r.stdout.replace(/^\ufeff/, '').trimEnd().split('\r\n')
    expect(lines).toHaveLength(7)
    expect(lines[1]).toBe('张三,\t340101199001010011,2026,90,30,60,true,0,0,0,,')
    expect(lines[3]).toMatch(/^王五,\t340101199001010033,2026,,,,,,,,"第6行「天数」列：须为整数，收到 1.5；第7行「学时」列/)
    expect(lines[4]).toBe("'=1+1,\t340101199001010044,2026,90,30,60,true,0,0,0,,")
  })
  it('a UTF-8 file with a BOM', () => {
    const r = run('staff-utf8-bom.csv')
    expect(r.status).toBe(1)
    expect(r.stdout).toMatch(/"Wang, Wu",[^,]*,2026,10,0,10,false/)
  })
})

describe('a workbook too large for the page', () => {
  it('is refused before the reader would wait for a Web Worker the CSP forbids', async () => {
    const { zip } = await import('../../components/batch/zip.ts')
    const { largestZipEntry, WorkbookTooLargeError } = await import('../../components/batch/xlsx-read.ts')
    const noise = Uint8Array.from({ length: 400_000 }, (_, i) => (i * 7919) % 251)
    const { deflateRawSync } = await import('node:zlib')
    const big = zip([{ name: 'a.xml', data: new Uint8Array(10) }, { name: 'xl/worksheets/sheet1.xml', data: noise }], (d) => new Uint8Array(deflateRawSync(d, { level: 0 })))
    expect(largestZipEntry(big)).toBeGreaterThan(400_000)
    // stored (not deflated) entries are sliced in place, whatever their size
    expect(largestZipEntry(zip([{ name: 'x.xml', data: noise }]))).toBe(0)
    expect(largestZipEntry(bytes('staff.xlsx'))).toBeLessThan(2000)
    await expect(readXlsxRows(big.buffer as ArrayBuffer)).rejects.toBeInstanceOf(WorkbookTooLargeError)
  })
})
