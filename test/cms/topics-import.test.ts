/**
 * Each year's topics from a spreadsheet, through the real CMS over REST: an XLSX made the way
 * Excel makes one (real date cells, text dates, several hotlines in one cell, a provider under
 * another spelling) becomes drafts; a file with bad rows imports nothing and names each row and
 * column; the template and the list export are spreadsheets with Chinese headings.
 */
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bootCms, createUser, login, type TestCms } from './helpers.ts'

let cms: TestCms & { url: string }
let editorToken: string
let providerId: number | string

async function xlsx(rows: unknown[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('2027年度专题')
  for (const row of rows) sheet.addRow(row)
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

async function upload(file: Buffer, token: string | undefined, name = 'topics.xlsx') {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(file)]), name)
  const response = await fetch(`${cms.url}/api/topics/import`, { method: 'POST', body: form, headers: token ? { authorization: `JWT ${token}` } : {} })
  return { status: response.status, body: (await response.json()) as Record<string, never> }
}

const header = ['年度', '专题名称（必填）', '培训单位', '学习网址', '咨询电话', '学时', '合同期开始', '合同期结束', '学习截止']

beforeAll(async () => {
  cms = (await bootCms({ http: true })) as TestCms & { url: string }
  const admin = await createUser(cms.payload, 'admin')
  const provider = await cms.payload.create({
    collection: 'providers',
    data: { name: '安徽导入测试网络学院', variants: ['导入测试学院'], slug: 'import-test', _status: 'published' },
    overrideAccess: false,
    user: admin.doc,
  } as never)
  providerId = provider.id
  editorToken = await login(cms.url, await createUser(cms.payload, 'editor'))
}, 120_000)

afterAll(async () => cms?.close())

const topicsOf = async (year: number) =>
  (await cms.payload.find({ collection: 'topics', where: { year: { equals: year } }, draft: true, depth: 0, overrideAccess: true, sort: 'title' })).docs

describe('importing a year of topics from XLSX', () => {
  it('creates every row as a draft, matching the provider by another spelling', async () => {
    const file = await xlsx([
      header,
      [2027, '导入专题甲：数字政府', '导入测试学院', 'https://learn.example.cn/2027', '0551-62620006、400-123-4567', 30, new Date(Date.UTC(2027, 0, 1)), new Date(Date.UTC(2027, 11, 31)), '2027年12月31日'],
      [],
      [2027, '导入专题乙：乡村振兴', '安徽导入测试网络学院', '', '', '', '2027/3/1', '2027-12-31', ''],
    ])
    const { status, body } = await upload(file, editorToken)
    expect(status, JSON.stringify(body)).toBe(201)
    expect(body.message).toContain('已导入 2 个专题草稿')
    const topics = await topicsOf(2027)
    const a = topics.find((t) => t.title.startsWith('导入专题甲'))
    const b = topics.find((t) => t.title.startsWith('导入专题乙'))
    expect(topics).toHaveLength(2)
    expect(a).toMatchObject({ title: '导入专题甲：数字政府', _status: 'draft', provider: providerId, learningUrl: 'https://learn.example.cn/2027', hotlines: ['0551-62620006', '400-123-4567'], hours: 30 })
    expect(String(a!.contractStart).slice(0, 10)).toBe('2027-01-01')
    expect(String(a!.studyDeadline).slice(0, 10)).toBe('2027-12-31')
    expect(b).toMatchObject({ title: '导入专题乙：乡村振兴', _status: 'draft', provider: providerId, hours: 30 })
    expect(String(b!.contractStart).slice(0, 10)).toBe('2027-03-01')
    // Drafts: the public does not see them.
    const anonymous = (await (await fetch(`${cms.url}/api/topics?where[year][equals]=2027`)).json()) as { totalDocs: number }
    expect(anonymous.totalDocs).toBe(0)
  })

  it('imports nothing from a file with bad rows, and names each row and column', async () => {
    const file = await xlsx([
      header,
      [2028, '好的一行', '导入测试学院', 'https://ok.example.cn/', '', 30, '2028-01-01', '2028-12-31', ''],
      [2028, '坏网址', '导入测试学院', 'javascript:alert(1)', '', 30, '', '', ''],
      [2028, '不认识的单位', '没有这个单位', '', '', -5, '2028-06-01', '2028-01-01', '2028-02-30'],
      [2027, '导入专题甲：数字政府', '导入测试学院', '', '', 30, '', '', ''],
    ])
    const { status, body } = await upload(file, editorToken)
    expect(status).toBe(400)
    const problems = (body.errors as unknown as Array<{ data: { problems: Array<{ row: number; column: string; message: string }> } }>)[0]!.data.problems
    const at = (row: number, column: string) => problems.find((p) => p.row === row && p.column === column)?.message
    expect(at(3, '学习网址')).toContain('http')
    expect(at(4, '培训单位')).toContain('没有这个单位')
    expect(at(4, '学时')).toContain('学时')
    expect(at(4, '合同期结束')).toContain('早于')
    expect(at(4, '学习截止')).toContain('2028-02-30')
    expect(at(5, '专题名称')).toContain('已有专题')
    expect((body.errors as unknown as Array<{ message: string }>)[0]!.message).toContain('没有导入任何专题')
    expect(await topicsOf(2028)).toHaveLength(0)
  })

  it('reads the same from CSV, and refuses anonymous uploads and files that are not tables', async () => {
    const csv = Buffer.from(`\uFEFF${header.join(',')}\r\n2029,CSV 导入的专题,导入测试学院,https://csv.example.cn/,,30,2029-01-01,2029-12-31,\r\n`)
    expect((await upload(csv, editorToken, 'topics.csv')).status).toBe(201)
    expect((await topicsOf(2029)).map((t) => t.title)).toEqual(['CSV 导入的专题'])
    expect((await upload(csv, undefined)).status).toBe(401)
    const notATable = await upload(Buffer.from('PK\u0003\u0004 not really a zip'), editorToken)
    expect(notATable.status).toBe(400)
    expect(JSON.stringify(notATable.body)).toContain('无法读取文件')
  })

  it('offers a template with Chinese columns and an explanation sheet', async () => {
    const response = await fetch(`${cms.url}/api/topics/import-template`, { headers: { authorization: `JWT ${editorToken}` } })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('spreadsheetml')
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(await response.arrayBuffer())
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['专题', '填写说明'])
    expect(workbook.worksheets[0]!.getRow(1).values).toEqual(expect.arrayContaining(['年度（必填）', '专题名称（必填）', '培训单位', '合同期开始']))
    expect((await fetch(`${cms.url}/api/topics/import-template`)).status).toBe(401)
  })
})

describe('exporting a list', () => {
  it('gives the topics list as CSV and XLSX with Chinese headings, filtered like the list', async () => {
    const auth = { headers: { authorization: `JWT ${editorToken}` } }
    const csv = await fetch(`${cms.url}/api/topics/export?format=csv&where[year][equals]=2027`, auth)
    expect(csv.status).toBe(200)
    const text = await csv.text()
    const [head, ...lines] = text.replace(/^\uFEFF/, '').trim().split('\r\n')
    expect(head).toContain('专题名称')
    expect(head).toContain('发布状态')
    expect(lines).toHaveLength(2)
    expect(text).toContain('安徽导入测试网络学院')
    const file = await fetch(`${cms.url}/api/notices/export?format=xlsx`, auth)
    expect(file.status).toBe(200)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(await file.arrayBuffer())
    expect(workbook.worksheets[0]!.getRow(1).values).toEqual(expect.arrayContaining(['编号', '标题']))
    expect((await fetch(`${cms.url}/api/topics/export?format=csv`)).status).toBe(401)
    expect((await fetch(`${cms.url}/api/topics/export?format=pdf`, auth)).status).toBe(400)
  })
})
