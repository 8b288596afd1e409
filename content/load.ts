/**
 * Reads the corpus in `content/`, validates every record with the zod schemas in `schema.ts` and
 * checks the references between records. Used by the CMS seed, the site and the tests.
 *
 * Every failure is a {@link ContentError} whose message starts with the file (relative to the
 * content folder) and the field, e.g. `topics.json: [3].provider: …`.
 */
import { readdir, readFile } from 'node:fs/promises'
import { join, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse as parseYaml } from 'yaml'
import type { z } from 'zod'
import { faq, formTable, guideFrontmatter, noticeFrontmatter, provider, topic } from './schema.ts'
import type { Corpus, Guide, Notice } from './schema.ts'
import { ContentError } from './content-error.ts'
import { scanGapMarker } from './vocabulary.ts'

/** The folder this file lives in: the corpus itself. */
export const contentDir = fileURLToPath(new URL('.', import.meta.url))

export { ContentError } from './content-error.ts'

/** Reads and validates the whole corpus; throws a {@link ContentError} on the first bad file. */
export async function loadCorpus(dir: string = contentDir): Promise<Corpus> {
  const notices = await loadNotices(dir)
  const providers = await loadJsonArray(dir, 'providers.json', provider)
  const topics = await loadJsonArray(dir, 'topics.json', topic)
  const faqs = await loadJsonArray(dir, 'faqs.json', faq)
  const forms = await loadForms(dir)
  const { loadWorkspaces } = await import('./workspaces.ts')
  const corpus: Corpus = { workspaces: await loadWorkspaces(dir), notices, providers, topics, faqs, forms }
  checkReferences(corpus)
  return corpus
}

/**
 * Reads the guides in `guides/*.mdx`, sorted by `order`. Their notice references are checked
 * against the corpus in the same folder.
 */
export async function loadGuides(dir: string = contentDir): Promise<Guide[]> {
  const { notices, workspaces = [] } = await loadCorpus(dir)
  const noticeSlugs = new Set(notices.map((n) => n.slug))
  const workspaceSlugs = new Set(workspaces.map((w) => w.slug))
  const guides: Guide[] = []
  for (const name of await listFiles(dir, 'guides', '.mdx')) {
    const file = `guides/${name}`
    const { data, body } = splitFrontmatter(file, await readText(dir, file))
    const meta = validate(guideFrontmatter, data, file)
    const slug = name.slice(0, -'.mdx'.length)
    checkPlainMdx(file, body)
    const refs: Array<[string, string]> = [
      ['sourceNotice', meta.sourceNotice],
      ...meta.relatedNotices.map((s, i): [string, string] => [`relatedNotices[${i}]`, s]),
    ]
    for (const [field, target] of refs) {
      if (!noticeSlugs.has(target)) throw new ContentError(file, field, `找不到通知 “${target}”`)
    }
    if (!workspaceSlugs.has(meta.workspace)) throw new ContentError(file, 'workspace', `找不到机构 “${meta.workspace}”（见 workspaces.json）`)
    guides.push({ slug, ...meta, body })
  }
  checkUnique(guides, (g) => String(g.order), (g) => `guides/${g.slug}.mdx`, 'order', '排序号')
  return guides.sort((a, b) => a.order - b.order)
}

async function loadNotices(dir: string): Promise<Notice[]> {
  const notices: Notice[] = []
  for (const name of await listFiles(dir, 'notices', '.md')) {
    const file = `notices/${name}`
    const { data, body } = splitFrontmatter(file, await readText(dir, file))
    const meta = validate(noticeFrontmatter, data, file)
    if (`${meta.slug}.md` !== name) {
      throw new ContentError(file, 'slug', `slug “${meta.slug}” 与文件名不一致`)
    }
    if (body.trim() === '') throw new ContentError(file, 'body', '正文为空')
    notices.push({ ...meta, body })
  }
  return notices
}

async function loadForms(dir: string) {
  const forms = []
  for (const name of await listFiles(dir, 'forms', '.json')) {
    const file = `forms/${name}`
    const form = validate(formTable, parseJson(file, await readText(dir, file)), file)
    if (`${form.slug}.json` !== name) {
      throw new ContentError(file, 'slug', `slug “${form.slug}” 与文件名不一致`)
    }
    form.rows.forEach((row, i) => {
      if (row.length !== form.columns.length) {
        throw new ContentError(file, `rows[${i}]`, `有 ${row.length} 格，表头有 ${form.columns.length} 列`)
      }
    })
    forms.push(form)
  }
  return forms
}

async function loadJsonArray<S extends z.ZodType>(dir: string, file: string, schema: S) {
  const data = parseJson(file, await readText(dir, file))
  if (!Array.isArray(data)) throw new ContentError(file, '(root)', '应为数组')
  return data.map((item: unknown, i) => validate(schema, item, file, [i], slugOf(item)))
}

/** Cross-record checks: unique slugs and 文号, and every slug reference resolves. */
function checkReferences({ notices, providers, topics, faqs, forms }: Corpus): void {
  const noticeFile = (n: Notice) => `notices/${n.slug}.md`
  checkUnique(notices, (n) => n.slug, noticeFile, 'slug', 'slug')
  checkUnique(notices, (n) => n.docNumber, noticeFile, 'docNumber', '文号')
  checkUnique(providers, (p) => p.slug, () => 'providers.json', 'slug', 'slug')
  checkUnique(topics, (t) => t.slug, () => 'topics.json', 'slug', 'slug')
  checkUnique(topics, (t) => `${t.year} ${t.title}`, () => 'topics.json', 'title', '年度与专题名称')
  checkUnique(faqs, (f) => f.slug, () => 'faqs.json', 'slug', 'slug')
  checkUnique(forms, (f) => f.slug, (f) => `forms/${f.slug}.json`, 'slug', 'slug')

  const spellings = new Map<string, string>()
  providers.forEach((p, i) => {
    for (const [j, name] of [p.name, ...p.variants].entries()) {
      const owner = spellings.get(name)
      if (owner !== undefined && owner !== p.slug) {
        const field = j === 0 ? `[${i}].name` : `[${i}].variants[${j - 1}]`
        throw new ContentError('providers.json', field, `名称 “${name}” 已属于 ${owner}`)
      }
      spellings.set(name, p.slug)
    }
  })

  const noticeSlugs = new Set(notices.map((n) => n.slug))
  const providerSlugs = new Set(providers.map((p) => p.slug))
  const needNotice = (file: string, field: string, target: string | undefined) => {
    if (target !== undefined && !noticeSlugs.has(target)) {
      throw new ContentError(file, field, `找不到通知 “${target}”`)
    }
  }
  for (const n of notices) {
    needNotice(noticeFile(n), 'statusBy', n.statusBy)
    n.relations.forEach((r, i) => {
      needNotice(noticeFile(n), `relations[${i}].target`, r.target)
      if (r.target === n.slug) {
        throw new ContentError(noticeFile(n), `relations[${i}].target`, '通知不能关联自身')
      }
    })
  }
  topics.forEach((t, i) => {
    needNotice('topics.json', `[${i}].sourceNotice`, t.sourceNotice)
    if (t.provider !== undefined && !providerSlugs.has(t.provider)) {
      throw new ContentError('topics.json', `[${i}].provider`, `找不到培训单位 “${t.provider}”`)
    }
  })
  faqs.forEach((f, i) => needNotice('faqs.json', `[${i}].sourceNotice`, f.sourceNotice))
  for (const f of forms) needNotice(`forms/${f.slug}.json`, 'sourceNotice', f.sourceNotice)

  const internalNames = [...notices.map((n) => n.slug), ...forms.map((f) => f.slug), 'faqs.json', 'guides/']
  for (const n of notices) {
    checkReadable(noticeFile(n), 'body', n.body, internalNames)
    if (n.recipients) checkReadable(noticeFile(n), 'recipients', n.recipients, internalNames)
    n.attachments.forEach((a, i) => checkReadable(noticeFile(n), `attachments[${i}].note`, a.note ?? '', internalNames))
    n.relations.forEach((r, i) => checkReadable(noticeFile(n), `relations[${i}].note`, r.note ?? '', internalNames))
  }
  faqs.forEach((f, i) => checkReadable('faqs.json', `[${i}].answer`, f.answer, internalNames))
}


/**
 * Text readers see must read as text: addresses as Markdown links (an `<http…>` autolink shows
 * as raw text on the site), each lost span of a scan as one gap quote, and no internal names
 * (slugs, file names) outside link targets.
 */
function checkReadable(file: string, field: string, text: string, internalNames: readonly string[]): void {
  if (/<\[?https?:/.test(text)) {
    throw new ContentError(file, field, '网址须写成 [网址](网址) 的链接形式，<网址> 在网站上会显示为原始文本')
  }
  if (text.includes('扫描件此处缺失')) {
    throw new ContentError(file, field, `扫描件缺失之处须写成单独一段引用：> ${scanGapMarker}缺了什么、全文向谁索取（每处一次）`)
  }
  const misplaced = text.split('\n').find((line) => line.includes(scanGapMarker) && !line.startsWith(`> ${scanGapMarker}`))
  if (misplaced !== undefined) {
    throw new ContentError(file, field, `“${scanGapMarker}”只能作为引用段落的开头：> ${scanGapMarker}…（见“${misplaced.slice(0, 30)}”）`)
  }
  const visible = text.replace(/\]\([^)]*\)/g, ']')
  const name = internalNames.find((n) => visible.includes(n))
  if (name !== undefined) {
    throw new ContentError(file, field, `正文中出现内部名称“${name}”：读者应看到标题或链接，请写成 [标题](/路径/)`)
  }
}

function checkUnique<T>(
  items: T[],
  key: (item: T) => string | undefined,
  file: (item: T) => string,
  field: string,
  label: string,
): void {
  const seen = new Map<string, T>()
  for (const item of items) {
    const k = key(item)
    if (k === undefined) continue
    const first = seen.get(k)
    if (first !== undefined) {
      throw new ContentError(file(item), field, `${label} “${k}” 重复（另见 ${file(first)}）`)
    }
    seen.set(k, item)
  }
}

/** Guides must render anywhere: no imports/exports, no components, no `<http…>` autolinks. */
function checkPlainMdx(file: string, body: string): void {
  const rules: Array<[RegExp, string]> = [
    [/^\s*(?:import|export)\s/m, 'MDX 正文不能有 import/export'],
    [/<[A-Z]/, 'MDX 正文不能使用组件'],
    [/<https?:/, 'MDX 不支持 <网址> 形式的自动链接，请写成 [网址](网址)'],
    [/[{}]/, 'MDX 正文不能有花括号表达式'],
    [/扫描件此处缺失/, '不再使用“扫描件此处缺失”：写明缺了什么（如“序号与项名扫描件缺失”），见 content/README.md'],
  ]
  for (const [pattern, message] of rules) {
    if (pattern.test(body)) throw new ContentError(file, 'body', message)
  }
}

function validate<S extends z.ZodType>(
  schema: S,
  data: unknown,
  file: string,
  prefix: readonly PropertyKey[] = [],
  slug?: string,
): z.output<S> {
  const result = schema.safeParse(data)
  if (result.success) return result.data
  const issues = result.error.issues
  const first = issues[0]
  const at = (path: readonly PropertyKey[]) => formatPath([...prefix, ...path]) || '(root)'
  const field = at(first?.path ?? [])
  const where = slug ? `（slug “${slug}”）` : ''
  const detail = issues.map((i) => `${at(i.path)}: ${i.message}`).join('；')
  throw new ContentError(file, field, `${first?.message ?? '无效'}${where}${issues.length > 1 ? `（全部问题：${detail}）` : ''}`, {
    cause: result.error,
  })
}

function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`))
    .join('')
}

function slugOf(item: unknown): string | undefined {
  if (typeof item === 'object' && item !== null && 'slug' in item && typeof item.slug === 'string') {
    return item.slug
  }
  return undefined
}

function splitFrontmatter(file: string, text: string): { data: unknown; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)([\s\S]*)$/.exec(text)
  if (!match) throw new ContentError(file, 'front matter', '文件须以 --- 包围的 YAML 开头')
  try {
    return { data: parseYaml(match[1] ?? ''), body: (match[2] ?? '').replace(/^\s*\n/, '') }
  } catch (cause) {
    throw new ContentError(file, 'front matter', `YAML 无法解析：${(cause as Error).message}`, { cause })
  }
}

function parseJson(file: string, text: string): unknown {
  try {
    return JSON.parse(text)
  } catch (cause) {
    throw new ContentError(file, '(JSON)', `JSON 无法解析：${(cause as Error).message}`, { cause })
  }
}

async function readText(dir: string, file: string): Promise<string> {
  try {
    return await readFile(join(dir, file), 'utf8')
  } catch (cause) {
    throw new ContentError(file, '(file)', '无法读取文件', { cause })
  }
}

/** Names of the files in `dir/sub` ending in `ext`, sorted; a missing folder is an error. */
async function listFiles(dir: string, sub: string, ext: string): Promise<string[]> {
  let names: string[]
  try {
    names = await readdir(join(dir, sub))
  } catch (cause) {
    throw new ContentError(relative(dir, join(dir, sub)).split(sep).join('/'), '(folder)', '无法读取目录', {
      cause,
    })
  }
  return names.filter((n) => n.endsWith(ext)).sort()
}
