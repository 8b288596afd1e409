/**
 * Synthetic corpora for the benchmark: the seed corpus (content/) plus `extra` generated
 * documents — notices, FAQs, topics, providers and forms whose Chinese titles and text are
 * recombined from the seed text (sentences, headings, answers) with other years, cities and
 * numbers, with unique slugs and 文号 — in the corpus shape of content/schema.ts. No generated
 * title, question or topic title is a copy of a seed one, and no generated 文号 has a seed 文号's
 * serial (109号, 115号 …), so search recall measured at scale still means something. Nothing is
 * written to the repository: corpora exist only while the bench runs. `corpus-cms.ts` writes them
 * into the real CMS through the seed; `starlight.ts` writes them as Markdown pages.
 */
import type { Corpus, Faq, FormTable, Notice, Provider, Topic } from '../content/schema.ts'
import { siteToday } from '../site/lib/site-today.ts'
import { prng } from './lib/prng.ts'

type Random = () => number
const int = (r: Random, min: number, max: number) => min + Math.floor(r() * (max - min + 1))
const pick = <T>(r: Random, list: readonly T[]): T => list[Math.floor(r() * list.length)]!
const chance = (r: Random, p: number) => r() < p
const pad = (n: number, width = 2) => String(n).padStart(width, '0')
const numerals = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十']

// ---------------------------------------------------------------------------------------------
// Vocabulary: Anhui's cities with their 文号 prefixes and pinyin, issuers, topic titles.

const cities = [
  { name: '合肥', abbr: '合', py: 'he', area: '0551' },
  { name: '芜湖', abbr: '芜', py: 'wu', area: '0553' },
  { name: '蚌埠', abbr: '蚌', py: 'beng', area: '0552' },
  { name: '淮南', abbr: '淮', py: 'huai', area: '0554' },
  { name: '马鞍山', abbr: '马', py: 'ma', area: '0555' },
  { name: '铜陵', abbr: '铜', py: 'tong', area: '0562' },
  { name: '安庆', abbr: '宜', py: 'yi', area: '0556' },
  { name: '黄山', abbr: '黄', py: 'huang', area: '0559' },
  { name: '滁州', abbr: '滁', py: 'chu', area: '0550' },
  { name: '阜阳', abbr: '阜', py: 'fu', area: '0558' },
  { name: '宿州', abbr: '宿', py: 'su', area: '0557' },
  { name: '六安', abbr: '六', py: 'lu', area: '0564' },
  { name: '亳州', abbr: '亳', py: 'bo', area: '0558' },
  { name: '池州', abbr: '池', py: 'chi', area: '0566' },
  { name: '宣城', abbr: '宣', py: 'xuan', area: '0563' },
] as const

const departments = [
  { issuer: '安徽省地质矿产勘查局', abbr: '皖地勘', py: 'wan-di-kan' },
  { issuer: '安徽省卫生健康委员会', abbr: '皖卫科教', py: 'wan-wei-ke-jiao' },
  { issuer: '安徽省教育厅', abbr: '皖教师', py: 'wan-jiao-shi' },
  { issuer: '安徽省农业农村厅', abbr: '皖农科', py: 'wan-nong-ke' },
  { issuer: '安徽省住房和城乡建设厅', abbr: '皖建人', py: 'wan-jian-ren' },
] as const

const extraTopicTitles = [
  '数字经济与高质量发展',
  '人工智能赋能产业升级',
  '新质生产力的理论与实践',
  '碳达峰碳中和与绿色发展',
  '数据安全与个人信息保护',
  '科技创新与成果转化',
  '长三角一体化发展新机遇',
  '乡村全面振兴的安徽实践',
  '健康中国与全民健康',
  '法治政府建设与依法行政',
  '专业技术人员职业道德与诚信建设',
  '心理健康与压力管理',
  '安全生产与应急管理',
  '制造业数字化转型',
  '生态文明建设与美丽安徽',
  '知识产权保护与运用',
] as const

const providerWords = ['华智', '博学', '启航', '新知', '远程', '继教', '云课', '智联', '明德', '弘毅', '致远', '同创'] as const
const providerPinyin: Record<string, string> = {
  华智: 'huazhi', 博学: 'boxue', 启航: 'qihang', 新知: 'xinzhi', 远程: 'yuancheng', 继教: 'jijiao',
  云课: 'yunke', 智联: 'zhilian', 明德: 'mingde', 弘毅: 'hongyi', 致远: 'zhiyuan', 同创: 'tongchuang',
}

const noticeTitleTemplates: ReadonlyArray<(v: { year: number; city: string; topic: string; n: number }) => string> = [
  (v) => `关于做好${v.year}年度专业技术人员继续教育工作的通知`,
  (v) => `关于公布${v.year}年度专业技术人员继续教育公需科目专题的通知`,
  (v) => `关于开展${v.year}年度${v.city}市专业技术人员继续教育学时审验工作的通知`,
  (v) => `关于组织开展“${v.topic}”专题培训的通知`,
  (v) => `关于印发《${v.city}市专业技术人员继续教育管理实施细则》的通知`,
  (v) => `关于做好${v.year}年度专业技术人员继续教育培训项目备案工作的通知`,
  (v) => `关于公布${v.year}年度第${numerals[(v.n % 9) + 1]}批专业技术人员继续教育基地名单的通知`,
  (v) => `关于进一步规范${v.city}市专业技术人员继续教育学时认定的通知`,
  (v) => `关于做好${v.year}年度职称评审中继续教育学时审核工作的通知`,
]

// No template is a seed question with its year or city changed or its words reordered (the
// seed asks 2023年度公需科目学习截至什么时候？, 在芜湖市如何申报学时认定？ and 公需科目学时和专业科目学时
// 可以互相折算吗？): such a copy would compete with the seed FAQ for its own words. They share the
// seed's vocabulary (公需科目, 学时, 专题, 认定, 培训) all the same, and their answers are the seed's
// answers recombined, so 专业科目 and 公需科目 are in thousands of generated pages.
const faqTemplates: ReadonlyArray<(v: { year: number; city: string; topic: string }) => string> = [
  (v) => `${v.year}年度公需科目专题的学时证明什么时候可以下载？`,
  (v) => `“${v.topic}”专题考试没有通过怎么办？`,
  (v) => `${v.city}市继续教育学时审验需要提交哪些材料？`,
  (v) => `${v.year}年度的学时证明在哪里打印？`,
  (v) => `参加${v.city}市组织的培训班，每天可以认定多少学时？`,
  (v) => `${v.year}年度${v.city}市的继续教育培训班由哪些单位承办？`,
  (v) => `在外省参加的继续教育，${v.year}年度能否在安徽认定学时？`,
  (v) => `“${v.topic}”专题在哪个平台学习？`,
]

// ---------------------------------------------------------------------------------------------
// Text material taken from the seed.

interface Material {
  sentences: string[]
  headings: string[]
  answerParagraphs: string[]
  topicTitles: string[]
  categories: string[]
  formColumns: string[][]
  formCells: string[]
}

function material(seed: Corpus): Material {
  const sentences: string[] = []
  for (const n of seed.notices) {
    if (!n.fullText) continue
    for (const block of n.body.split(/\n{2,}/)) {
      const t = block.trim()
      if (!t || /^[#>|]/.test(t) || t.includes('扫描件此处缺失')) continue
      for (const s of t.replace(/\n/g, '').split(/(?<=。)/)) if (s.length >= 12 && s.length <= 160) sentences.push(s)
    }
  }
  const headings = seed.notices
    .flatMap((n) => n.body.split('\n'))
    .filter((l) => /^##\s/.test(l) && !l.includes('扫描件此处缺失'))
    .map((l) => l.replace(/^#+\s*/, '').replace(/^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|第[一二三四五六七八九十]+[章条]\s*)/, '').trim())
    .filter((l) => l.length >= 2)
  const answerParagraphs = seed.faqs
    .flatMap((f) => f.answer.split(/\n{2,}/))
    .map((p) => p.trim())
    .filter((p) => p.length >= 10 && !p.startsWith('|') && !p.includes('扫描件此处缺失'))
  return {
    sentences,
    headings,
    answerParagraphs,
    // Never a seed title: a generated copy would make search recall at scale meaningless.
    topicTitles: extraTopicTitles.filter((t) => !seed.topics.some((s) => s.title === t)),
    categories: [...new Set(seed.faqs.map((f) => f.category))],
    formColumns: seed.forms.map((f) => f.columns),
    formCells: seed.forms.flatMap((f) => f.rows.flat()).filter((c) => c.trim().length > 0),
  }
}

/** Moves the years and cities of a seed sentence to the generated document's. */
function vary(text: string, r: Random, year: number): string {
  const city = pick(r, cities)
  return text
    .replace(/20[12]\d(?=年)/g, (y) => String(year + (Number(y) % 2 === 0 ? 0 : -1)))
    .replace(/(安庆|阜阳|芜湖|宿州|合肥)(?=市)/g, city.name)
}

// ---------------------------------------------------------------------------------------------
// Generation.

export interface SyntheticCounts {
  notices: number
  faqs: number
  topics: number
  providers: number
  forms: number
}

/** How `extra` documents are split across collections (roughly the seed's proportions). */
export function splitCounts(extra: number): SyntheticCounts {
  const providers = Math.max(1, Math.round(extra * 0.01))
  const forms = Math.round(extra * 0.02)
  const topics = Math.round(extra * 0.15)
  const faqs = Math.round(extra * 0.37)
  const notices = Math.max(0, extra - providers - forms - topics - faqs)
  return { notices, faqs, topics, providers, forms }
}

/**
 * The seed corpus plus `extra` generated documents, in the corpus shape of content/schema.ts
 * (Markdown bodies, references by slug), so the same corpus can be served as our CMS API and
 * written as Markdown pages for Starlight. Generated documents are marked by `source: 'synthetic'`.
 */
export function generateCorpus(seed: Corpus, extra: number, randomSeed = 20250613, asOf = siteToday()): Corpus {
  // Deterministic: the same size and day always give the same corpus. A site built on a day holds
  // nothing dated after it, so no generated document is: years run up to the build's.
  const r = prng(randomSeed + extra)
  const lastYear = Number(asOf.slice(0, 4))
  const m = material(seed)
  const counts = splitCounts(extra)
  const slugs = new Set<string>([
    ...seed.notices.map((n) => n.slug),
    ...seed.faqs.map((f) => f.slug),
    ...seed.topics.map((t) => t.slug),
    ...seed.providers.map((p) => p.slug),
    ...seed.forms.map((f) => f.slug),
  ])
  const docNumbers = new Set(seed.notices.map((n) => n.docNumber).filter(Boolean))
  // The serials of the seed's 文号 (109, 115 …) stay the seed's: "109号" then names one notice.
  const seedSerials = new Set(seed.notices.map((n) => /(\d+)号$/.exec(n.docNumber ?? '')?.[1]).filter(Boolean).map(Number))
  const seedTitles = new Set([...seed.notices.map((n) => n.title), ...seed.faqs.map((f) => f.question), ...seed.topics.map((t) => t.title), ...seed.forms.map((f) => f.title)])
  const unique = (slug: string) => {
    let s = slug
    for (let i = 2; slugs.has(s); i++) s = `${slug}-${i}`
    slugs.add(s)
    return s
  }

  const providers: Provider[] = []
  for (let i = 0; i < counts.providers; i++) {
    const city = pick(r, cities)
    const word = pick(r, providerWords)
    const host = `${providerPinyin[word]}${city.py}${i}`
    providers.push({
      slug: unique(`${city.py}-${providerPinyin[word]}-jiaoyu-${i + 1}`),
      name: `${city.name}${word}教育科技有限公司`,
      variants: chance(r, 0.2) ? [`${city.name}${word}教育`] : [],
      website: `https://www.${host}.com`,
      hotlines: [`${city.area}-${int(r, 6000000, 6999999)}`],
    })
  }

  const notices: Notice[] = []
  const provincial = seed.notices.filter((n) => n.level === 'province').map((n) => n.slug)
  for (let i = 0; i < counts.notices; i++) {
    const year = int(r, 2012, lastYear)
    const roll = r()
    const city = pick(r, cities)
    const dept = pick(r, departments)
    const level = roll < 0.3 ? 'province' : roll < 0.85 ? 'city' : 'department'
    const issuer =
      level === 'province' ? '安徽省人力资源和社会保障厅' : level === 'city' ? `${city.name}市人力资源和社会保障局` : dept.issuer
    const prefix =
      level === 'province'
        ? { abbr: chance(r, 0.7) ? '皖人社秘' : '皖人社发', py: 'wan-ren-she' }
        : level === 'city'
          ? { abbr: `${city.abbr}人社秘`, py: `${city.py}-ren-she-mi` }
          : { abbr: dept.abbr, py: dept.py }
    let serial = int(r, 1, 400)
    while (seedSerials.has(serial) || docNumbers.has(`${prefix.abbr}〔${year}〕${serial}号`)) serial = int(r, 1, 999)
    const docNumber = `${prefix.abbr}〔${year}〕${serial}号`
    docNumbers.add(docNumber)
    const slugPrefix = prefix.abbr === '皖人社秘' ? 'wan-ren-she-mi' : prefix.abbr === '皖人社发' ? 'wan-ren-she-fa' : prefix.py
    const topic = pick(r, m.topicTitles)
    let title = pick(r, noticeTitleTemplates)({ year, city: city.name, topic, n: i })
    if (seedTitles.has(title)) title = title.replace(/的通知$/, '的补充通知')
    const month = int(r, 1, 12)
    const drawn = `${year}-${pad(month)}-${pad(int(r, 1, 28))}`
    const dateIssued = drawn > asOf ? asOf : drawn
    const relations: Notice['relations'] = []
    const earlier = [...provincial, ...notices.filter((n) => n.level === 'province' && n.year <= year).map((n) => n.slug)]
    if (level !== 'province' && earlier.length && chance(r, 0.6)) {
      relations.push({ kind: 'implements', target: pick(r, earlier) })
    }
    if (notices.length && chance(r, 0.25)) {
      const target = pick(r, notices).slug
      if (!relations.some((x) => x.target === target)) relations.push({ kind: 'cites', target })
    }
    const expired = year < 2023 && chance(r, 0.15)
    const attachments = chance(r, 0.3)
      ? Array.from({ length: int(r, 1, 3) }, (_, k) => ({
          title: `附件${k + 1}：${pick(r, [`${year}年度公需科目专题目录`, '培训项目备案表', '学时认定申请表', '培训情况汇总表'])}`,
        }))
      : []
    notices.push({
      slug: unique(`${slugPrefix}-${year}-${serial}`),
      docNumber,
      title,
      issuer,
      coIssuers: [],
      level,
      subjects: ['annual-work'],
      dateIssued,
      year,
      recipients: level === 'city' ? `各县（市、区）人力资源和社会保障局，市直各单位` : '各市人力资源和社会保障局，省直各单位',
      contact: chance(r, 0.5) ? [`联系人：${pick(r, ['王', '李', '张', '刘', '陈'])}老师`, `咨询电话：${city.area}-${int(r, 2000000, 5999999)}`] : [],
      attachments,
      status: expired ? 'expired' : 'in-force',
      statusDate: expired ? `${year + 1}-12-31` : undefined,
      relations,
      fullText: true,
      source: 'synthetic',
      body: noticeBody(r, m, { year, issuer, dateIssued, recipients: level === 'city' ? '各县（市、区）人力资源和社会保障局' : '各市人力资源和社会保障局' }),
    })
  }

  const allNotices = [...seed.notices, ...notices]
  const noticesByYear = new Map<number, string[]>()
  for (const n of allNotices) noticesByYear.set(n.year, [...(noticesByYear.get(n.year) ?? []), n.slug])
  const noticeFor = (year: number) => pick(r, noticesByYear.get(year) ?? allNotices.map((n) => n.slug))
  const allProviders = [...seed.providers, ...providers]

  const topics: Topic[] = []
  for (let i = 0; i < counts.topics; i++) {
    const year = int(r, 2016, lastYear)
    const provider = pick(r, allProviders)
    const start = `${year}-${pad(int(r, 1, 4))}-01`
    topics.push({
      slug: unique(`${year}-zhuanti-${i + 1}`),
      year,
      title: pick(r, m.topicTitles),
      provider: provider.slug,
      learningUrl: provider.website,
      hotlines: provider.hotlines,
      hours: 30,
      contractStart: chance(r, 0.6) ? start : undefined,
      contractEnd: chance(r, 0.6) ? `${year}-12-31` : undefined,
      studyDeadline: chance(r, 0.4) ? `${year + 1}-03-31` : undefined,
      sourceNotice: noticeFor(year),
    })
  }

  const faqs: Faq[] = []
  for (let i = 0; i < counts.faqs; i++) {
    const year = int(r, 2016, lastYear)
    const city = pick(r, cities).name
    const topic = pick(r, m.topicTitles)
    // Generated questions come from templates only: a seed question with another year is still
    // the seed's question, and would compete with the seed FAQ for its own words.
    let question = pick(r, faqTemplates)({ year, city, topic })
    if (seedTitles.has(question)) question = `${city}市${question}`
    const paragraphs = Array.from({ length: int(r, 1, 4) }, () => vary(pick(r, m.answerParagraphs), r, year))
    faqs.push({
      slug: unique(`${year}-faq-${pad(i + 1, 5)}`),
      question,
      answer: paragraphs.join('\n\n'),
      category: pick(r, m.categories),
      order: 1000 + i,
      sourceNotice: noticeFor(year),
      years: [year],
    })
  }

  const forms: FormTable[] = []
  for (let i = 0; i < counts.forms; i++) {
    const year = int(r, 2016, lastYear)
    const city = pick(r, cities).name
    const columns = pick(r, m.formColumns)
    forms.push({
      slug: unique(`${year}-biao-${i + 1}`),
      title: `${city}市${year}年度${pick(r, ['专业技术人员继续教育培训情况汇总表', '继续教育培训项目备案表', '继续教育证书编号申请表'])}`,
      sourceNotice: noticeFor(year),
      columns,
      rows: Array.from({ length: int(r, 0, 6) }, (_, k) =>
        columns.map((_c, j) => (j === 0 ? String(k + 1) : m.formCells.length ? pick(r, m.formCells) : '')),
      ),
      notes: [],
      headerLines: [],
      footerLines: [],
    })
  }

  return {
    notices: allNotices,
    providers: allProviders,
    topics: [...seed.topics, ...topics],
    faqs: [...seed.faqs, ...faqs],
    forms: [...seed.forms, ...forms],
  }
}

function noticeBody(r: Random, m: Material, v: { year: number; issuer: string; dateIssued: string; recipients: string }): string {
  const sentences = (n: number) => Array.from({ length: n }, () => vary(pick(r, m.sentences), r, v.year)).join('')
  const parts = [`${v.recipients}：`, sentences(int(r, 1, 3))]
  const sections = int(r, 2, 5)
  for (let s = 0; s < sections; s++) {
    parts.push(`## ${numerals[s]}、${vary(pick(r, m.headings), r, v.year)}`)
    const paragraphs = int(r, 1, 3)
    for (let p = 0; p < paragraphs; p++) {
      parts.push(chance(r, 0.15) ? Array.from({ length: int(r, 2, 4) }, (_, k) => `${k + 1}. ${sentences(1)}`).join('\n') : sentences(int(r, 2, 5)))
    }
  }
  const [y, mo, d] = v.dateIssued.split('-').map(Number)
  parts.push(v.issuer, `${y}年${mo}月${d}日`)
  return parts.join('\n\n')
}

/** Number of documents in a corpus (all five collections). */
export function corpusSize(corpus: Corpus): number {
  return corpus.notices.length + corpus.faqs.length + corpus.topics.length + corpus.providers.length + corpus.forms.length
}
