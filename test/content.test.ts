import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ContentError, contentDir, loadCorpus, loadGuides } from '../content/load.ts'
import type { Corpus, Guide, Notice } from '../content/schema.ts'

let corpus: Corpus
let guides: Guide[]

beforeAll(async () => {
  corpus = await loadCorpus()
  guides = await loadGuides()
})

const noticeByNumber = (docNumber: string): Notice | undefined =>
  corpus.notices.find((n) => n.docNumber === docNumber)
const noticeBySlug = (slug: string): Notice | undefined => corpus.notices.find((n) => n.slug === slug)

describe('the five seed notices', () => {
  it('皖人社秘〔2021〕115号 with its two attachments and the 12333 hotline', () => {
    const n = noticeByNumber('皖人社秘〔2021〕115号')
    expect(n?.issuer).toBe('安徽省人力资源和社会保障厅')
    expect(n?.attachments.map((a) => a.title)).toEqual([
      '安徽省专业技术人员继续教育管理平台学员操作指南',
      '安徽省专业技术人员继续教育管理平台有关问题解答',
    ])
    expect(n?.contact).toContain('咨询电话：0551—12333 转 1 号键')
    expect(n?.body).toMatch(/^## 五、有关要求$/m)
    expect(n?.body).toMatch(/^### （四）$/m)
  })

  it('宜人社秘〔2023〕43号 of 2023-04-11 implements 皖人社秘〔2023〕66号 and lists its three forms', () => {
    const n = noticeByNumber('宜人社秘〔2023〕43号')
    expect(n?.dateIssued).toBe('2023-04-11')
    expect(n?.relations).toContainEqual(expect.objectContaining({ kind: 'implements', target: 'wan-ren-she-mi-2023-66' }))
    expect(n?.attachments).toHaveLength(3)
    expect(n?.body).toMatch(/^### （一）公需科目$/m)
  })

  it('the Fuyang notice of 2025-07-18 keeps what the scan shows and marks the rest missing', () => {
    const n = noticeBySlug('fuyang-rsj-2025-notice')
    expect(n?.docNumber).toBeUndefined()
    expect(n?.titleSupplied).toBe(true)
    expect(n?.dateIssued).toBe('2025-07-18')
    expect(n?.title, 'the placeholder never headlines the notice').not.toMatch(/缺失/)
    expect(n?.body.match(/^> 【扫描件缺失】/gm)).toHaveLength(6)
    expect(n?.body).toContain('2025年度全省专业技术人员继续教育公需科目学习时间截至2026年5月31日。')
    expect(n?.body).toContain('（每学时不低于45分钟）')
    expect(n?.relations).toContainEqual(expect.objectContaining({ kind: 'implements', target: 'wan-ren-she-mi-2025-109' }))
  })

  it('芜人社秘〔2025〕85号 repeals 芜人社秘〔2025〕52号, which is repealed on 2025-06-12', () => {
    const n = noticeByNumber('芜人社秘〔2025〕85号')
    expect(n?.relations).toContainEqual(expect.objectContaining({ kind: 'repeals', target: 'wu-ren-she-mi-2025-52' }))
    const repealed = noticeByNumber('芜人社秘〔2025〕52号')
    expect(repealed).toMatchObject({ status: 'repealed', statusDate: '2025-06-12', statusBy: 'wu-ren-she-mi-2025-85' })
  })

  it('the 地矿局 notice of 2021-05-14 implements 115号 and cites 令第25号, 皖办发〔2017〕59号, 皖人社秘〔2019〕157号', () => {
    const n = noticeBySlug('dikuangju-2021-notice')
    expect(n).toMatchObject({ issuer: '安徽省地质矿产勘查局', level: 'department', dateIssued: '2021-05-14' })
    expect(n?.relations.map((r) => r.target).sort()).toEqual(
      ['ren-she-bu-ling-25', 'wan-ban-fa-2017-59', 'wan-ren-she-mi-2019-157', 'wan-ren-she-mi-2021-115'].sort(),
    )
  })

  it('皖人社秘〔2025〕109号 holds the readable articles and never fills the gaps', () => {
    const n = noticeByNumber('皖人社秘〔2025〕109号')
    expect(n?.fullText).toBe(true)
    // one gap per lost span: 第一至五条, 第九条末至（九）之前, 第十三–十四条, 第十八条末至第二十二条之前
    expect(n?.body.match(/^> 【扫描件缺失】/gm)).toHaveLength(4)
    expect(n?.body).not.toContain('扫描件此处缺失')
    expect(n?.effectiveNote).toMatch(/^自印发之日起施行/)
    expect(n?.effectiveDate, '印发日期 is not in the scan: no date is invented').toBeUndefined()
    for (const text of [
      '凭资格证书，可认定90学时',
      '获得学历（学位）当年度可认定90学时',
      '每天可认定6学时',
      '每次可认定5学时',
      '没有明确学时数的课件，按每课件1学时认定',
      '继续教育学时认定采取就高原则',
      '第二十三条　本办法自印发之日起施行。',
    ]) {
      expect(n?.body).toContain(text)
    }
    // The article number before 第二十二条 is cut off in the scan: it must not be supplied.
    expect(n?.body).not.toContain('第二十一条')
  })
})

describe('related documents', () => {
  const named = [
    '人社部令第25号',
    '皖人发〔2001〕30号',
    '皖人社秘〔2023〕66号',
    '芜人社秘〔2025〕52号',
    '皖办发〔2017〕59号',
    '皖人社秘〔2019〕157号',
  ]
  it.each(named)('%s is a notice without text', (docNumber) => {
    const n = noticeByNumber(docNumber)
    expect(n, docNumber).toBeDefined()
    expect(n?.fullText).toBe(false)
    expect(n?.body).toContain('本站未收录此文件全文')
  })

  it('every notice the seeds hold in full names its seed file', () => {
    const full = corpus.notices.filter((n) => n.fullText).map((n) => n.source).sort()
    expect(full).toEqual([
      '000_569366e352603f40.txt',
      '001_533deba9991fd89c.txt',
      '002_afe276a8903514d2.txt',
      '002_afe276a8903514d2.txt',
      '003_3189120adcd56e33.txt',
      '004_c479a0559fbb1450.txt',
    ])
  })

  it('no two notices claim the same document number or slug', () => {
    const numbers = corpus.notices.flatMap((n) => (n.docNumber ? [n.docNumber] : []))
    expect(new Set(numbers).size).toBe(numbers.length)
    const slugs = corpus.notices.map((n) => n.slug)
    expect(new Set(slugs).size).toBe(slugs.length)
  })
})

describe('what gov.cn readers expect on a notice', () => {
  it('皖办发〔2017〕59号 has two issuers: 省委办公厅 and 省政府办公厅, not one string', () => {
    const n = noticeByNumber('皖办发〔2017〕59号')
    expect([n?.issuer, ...(n?.coIssuers ?? [])]).toEqual(['省委办公厅', '省政府办公厅'])
  })

  it('芜人社秘〔2025〕85号 interprets 109号 (解读) besides carrying it out', () => {
    const kinds = noticeByNumber('芜人社秘〔2025〕85号')?.relations.filter((r) => r.target === 'wan-ren-she-mi-2025-109').map((r) => r.kind)
    expect(kinds?.sort()).toEqual(['implements', 'interprets'])
  })

  it('every notice has a 主题分类; no 索引号 or 发布日期 is invented (no seed prints one)', () => {
    for (const n of corpus.notices) {
      expect(n.subjects.length, n.slug).toBeGreaterThan(0)
      expect(n.indexNumber, n.slug).toBeUndefined()
      expect(n.datePublished, n.slug).toBeUndefined()
    }
  })
})

describe('readable text: links, no internal names, one gap per lost span', () => {
  const texts = () => [
    ...corpus.notices.flatMap((n) => [n.body, n.recipients ?? '', ...n.attachments.map((a) => a.note ?? '')]),
    ...corpus.faqs.map((f) => f.answer),
  ]

  it('every address is a Markdown link, never an <http…> autolink', () => {
    for (const t of texts()) expect(t).not.toMatch(/<https?:/)
    const n115 = noticeByNumber('皖人社秘〔2021〕115号')?.body
    expect(n115).toContain('[http://hrss.ah.gov.cn/ggfwzt/](http://hrss.ah.gov.cn/ggfwzt/)')
    expect(n115, 'the as-printed spelling is kept and said so').toContain('网址照原通知印作“ggfwzt”')
    expect(noticeByNumber('宜人社秘〔2023〕43号')?.body).toContain('网址照原通知印作“ggfwwt”')
  })

  it('no slug or file name outside a link target', () => {
    const names = [...corpus.notices.map((n) => n.slug), ...corpus.forms.map((f) => f.slug), 'faqs.json', 'guides/']
    for (const t of texts()) {
      const visible = t.replace(/\]\([^)]*\)/g, ']')
      for (const name of names) expect(visible).not.toContain(name)
    }
  })

  it('FAQs that say 如图所示 say the figure is in the original attachment', () => {
    const withFigure = corpus.faqs.filter((f) => f.answer.includes('如图'))
    expect(withFigure.length).toBeGreaterThan(0)
    for (const f of withFigure) expect(f.answer, f.slug).toContain('图见原通知附件2')
  })
})

describe('public-subject topics', () => {
  const topics2021: Array<[string, string]> = [
    ['“十四五”大战略与2035远景目标', 'hefei-hongzhan-ruanjian'],
    ['党的十九届五中全会暨十四五规划建议', 'anhui-kaifang-daxue'],
    ['长三角一体化高质量发展及乡村振兴战略', 'zhenghe-keji'],
    ['奋力开启新阶段现代化美好安徽建设新征程', 'beijing-sixiang-tianxia'],
    ['农业科技发展', 'beijing-xinlian-jiaoyu'],
    ['区块链技术与应用', 'anhui-guancheng-jiaoyu'],
  ]
  const topics2023 = [
    '习近平法治思想',
    '学习二十大精神，建设美好安徽',
    '学习贯彻党的二十大精神扎实推进共同富裕',
    '以中国式现代化全面推进中华民族伟大复兴',
    '数字中国：数字化建设与发展',
    '碳达峰碳中和与绿色发展',
    '科技成果的转化与应用',
    '工业互联网与区块链应用',
    '新能源汽车、智能网联汽车与智能驾驶',
  ]

  it('2021: the six topics of 115号, each with its provider, learning URL and hotline (FAQ 五, 十五)', () => {
    const found = corpus.topics.filter((t) => t.year === 2021)
    expect(found.map((t) => [t.title, t.provider]).sort()).toEqual([...topics2021].sort())
    for (const t of found) {
      expect(t.learningUrl, t.title).toBeDefined()
      expect(t.hotlines.length, t.title).toBeGreaterThan(0)
      expect(t.sourceNotice).toBe('wan-ren-she-mi-2021-115')
    }
    const blockchain = found.find((t) => t.title === '区块链技术与应用')
    expect(blockchain?.learningUrlAsPrinted).toBe('www.ahsjxjy.com')
  })

  it('2023: the nine topics of 43号, no provider guessed, study closes 2024-03-31', () => {
    const found = corpus.topics.filter((t) => t.year === 2023)
    expect(found.map((t) => t.title).sort()).toEqual([...topics2023].sort())
    for (const t of found) {
      expect(t.provider, t.title).toBeUndefined()
      expect(t.studyDeadline).toBe('2024-03-31')
    }
  })

  it('one topic is 30 学时 (FAQ 十八) and no other year has invented topics', () => {
    expect(corpus.topics.every((t) => t.hours === 30)).toBe(true)
    expect(new Set(corpus.topics.map((t) => t.year))).toEqual(new Set([2021, 2023]))
  })
})

describe('FAQs', () => {
  const ordinals = '一 二 三 四 五 六 七 八 九 十 十一 十二 十三 十四 十五 十六 十七 十八 十九 二十 二十一'.split(' ')

  it('all 21 questions of 115号 附件2, in order', () => {
    const attachment2 = corpus.faqs.filter((f) => f.sourceNotice === 'wan-ren-she-mi-2021-115' && f.ordinal)
    expect(attachment2.map((f) => f.ordinal)).toEqual(ordinals)
    expect(attachment2.map((f) => f.order)).toEqual(ordinals.map((_, i) => i + 1))
  })

  it.each([
    ['五', '北京创联教育投资有限公司'],
    ['十五', '0551-63632001/63632006'],
    ['十六', '成绩≥60分为合格'],
    ['十八', '一个专题30学时。'],
    ['二十一', '继续教育学时自2018年度开始计算。'],
  ])('问题%s keeps the wording of the notice', (ordinal, text) => {
    expect(corpus.faqs.find((f) => f.ordinal === ordinal)?.answer).toContain(text)
  })

  it.each([
    ['wan-ren-she-mi-2021-115', '自今年4月起不再作为我省继续教育公需科目'],
    ['yi-ren-she-mi-2023-43', '自今年4月1日起不再作为我市继续教育公需科目'],
    ['yi-ren-she-mi-2023-43', '学习时间截至2024年3月31日'],
    ['fuyang-rsj-2025-notice', '自今年6月1日起不再作为我省继续教育公需科目'],
    ['fuyang-rsj-2025-notice', '学习时间截至2026年5月31日'],
    ['wu-ren-she-mi-2025-85', '2025年6月13日起符合学时认定的'],
    ['wu-ren-she-mi-2025-85', '公需科目学时不可认定为专业科目学时'],
    ['wu-ren-she-mi-2025-85', '每个年度仅能选择一项，不重复累计认定'],
    ['wu-ren-she-mi-2025-85', '实施到2025年6月12日废止'],
    ['wu-ren-she-mi-2025-85', '运行至2026年3月31日关闭'],
    ['wan-ren-she-mi-2025-109', '每次可认定5学时'],
  ])('a FAQ from %s quotes “%s” and cites its section', (source, text) => {
    const hit = corpus.faqs.find((f) => f.sourceNotice === source && f.answer.includes(text))
    expect(hit, text).toBeDefined()
    expect(hit?.citation).toBeTruthy()
  })

  it('categories come from one short list', () => {
    expect(new Set(corpus.faqs.map((f) => f.category))).toEqual(
      new Set(['报名缴费', '学习平台', '专题', '证书', '考试', '专业科目', '学时要求', '学时认定', '政策']),
    )
  })
})

describe('providers', () => {
  it('keeps one spelling per provider and records the variant the scan also uses', () => {
    const byName = (name: string) => corpus.providers.find((p) => p.name === name || p.variants.includes(name))
    expect(byName('合肥宏景软件公司')?.slug).toBe('hefei-hongzhan-ruanjian')
    expect(byName('合肥宏展软件公司')?.slug).toBe('hefei-hongzhan-ruanjian')
    expect(byName('北京创联教育投资有限公司')?.slug).toBe('beijing-xinlian-jiaoyu')
    expect(byName('北京信联教育投资有限公司')?.slug).toBe('beijing-xinlian-jiaoyu')
    expect(corpus.providers).toHaveLength(6)
  })
})

describe('forms and guides', () => {
  it('the three Anqing forms of 43号', () => {
    expect(corpus.forms.map((f) => f.title).sort()).toEqual(
      [
        '安庆市专业技术人员继续教育培训项目审批备案表',
        '安庆市专业技术人员继续教育培训情况汇总表',
        '安庆市××系列（专业）专业技术人员继续教育证书编号申请表',
      ].sort(),
    )
    const numbers = corpus.forms.find((f) => f.slug === 'anqing-zhengshu-bianhao-shenqing-biao')
    expect(numbers?.rows).toHaveLength(5)
    expect(numbers?.notes).toHaveLength(5)
  })

  it('the learner guide pages come from 115号 附件1 and the hours guide links to the calculator', () => {
    expect(guides.map((g) => g.order)).toEqual([1, 2, 3, 4])
    expect(guides.filter((g) => g.sourceNotice === 'wan-ren-she-mi-2021-115')).toHaveLength(3)
    const hours = guides.find((g) => g.slug === 'xueshi-zenme-suan')
    expect(hours?.body).toContain('(/calculator/)')
    expect(hours?.body).toContain('本站理解')
  })
})

describe('edge cases: a broken copy fails naming the file and the field', () => {
  let dir: string

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'content-test-'))
  })
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  /** A fresh copy of the corpus in its own folder, changed by `edit`. */
  async function brokenCopy(name: string, file: string, edit: (text: string) => string): Promise<string> {
    const copy = join(dir, name)
    await cp(contentDir, copy, { recursive: true })
    const path = join(copy, file)
    await writeFile(path, edit(await readFile(path, 'utf8')))
    return copy
  }

  async function failure(copy: string): Promise<ContentError> {
    const error = await loadCorpus(copy).then(
      () => undefined,
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(ContentError)
    return error as ContentError
  }

  it('a topic pointing at an unknown provider', async () => {
    const copy = await brokenCopy('provider', 'topics.json', (t) =>
      t.replace('"provider": "zhenghe-keji"', '"provider": "no-such-provider"'),
    )
    const error = await failure(copy)
    expect(error.message).toMatch(/^topics\.json: \[\d+\]\.provider: /)
    expect(error.message).toContain('no-such-provider')
  })

  it('a notice with a malformed document number', async () => {
    const copy = await brokenCopy('docnumber', 'notices/wu-ren-she-mi-2025-85.md', (t) =>
      t.replace('docNumber: 芜人社秘〔2025〕85号', 'docNumber: 芜人社秘[2025]85号'),
    )
    const error = await failure(copy)
    expect(error.file).toBe('notices/wu-ren-she-mi-2025-85.md')
    expect(error.field).toBe('docNumber')
    expect(error.message).toContain('文号格式不正确')
  })

  it('two notices claiming the same document number', async () => {
    const copy = await brokenCopy('duplicate', 'notices/wu-ren-she-mi-2025-52.md', (t) =>
      t.replace('docNumber: 芜人社秘〔2025〕52号', 'docNumber: 芜人社秘〔2025〕85号'),
    )
    const error = await failure(copy)
    expect(error.field).toBe('docNumber')
    expect(error.message).toContain('芜人社秘〔2025〕85号')
  })

  it('a FAQ without its question', async () => {
    const copy = await brokenCopy('faq', 'faqs.json', (t) => {
      const faqs = JSON.parse(t) as Array<Record<string, unknown>>
      delete faqs[3]?.question
      return JSON.stringify(faqs)
    })
    const error = await failure(copy)
    expect(error.message).toMatch(/^faqs\.json: \[3\]\.question: /)
  })

  it('an <http…> autolink, an old inline gap marker or a slug in the text', async () => {
    const autolink = await failure(
      await brokenCopy('autolink', 'notices/wu-ren-she-mi-2025-85.md', (t) =>
        t.replace('[https://rsj.wuhu.gov.cn/](https://rsj.wuhu.gov.cn/)', '<https://rsj.wuhu.gov.cn/>'),
      ),
    )
    expect(autolink.message).toMatch(/^notices\/wu-ren-she-mi-2025-85\.md: body: 网址须写成/)
    const marker = await failure(
      await brokenCopy('marker', 'notices/wan-ren-she-mi-2025-109.md', (t) => t.replace('进行管理……', '进行管理（扫描件此处缺失）')),
    )
    expect(marker.field).toBe('body')
    expect(marker.message).toContain('【扫描件缺失】')
    const slug = await failure(
      await brokenCopy('slug', 'notices/yi-ren-she-mi-2023-43.md', (t) => t.replace('表格见本页“表格”部分', '见 anqing-peixun-xiangmu-beian-biao')),
    )
    expect(slug.field).toBe('attachments[0].note')
    expect(slug.message).toContain('内部名称')
  })

  it('a repealed notice pointing at an unknown notice', async () => {
    const copy = await brokenCopy('statusby', 'notices/wu-ren-she-mi-2025-52.md', (t) =>
      t.replace('statusBy: wu-ren-she-mi-2025-85', 'statusBy: wu-ren-she-mi-2025-999'),
    )
    const error = await failure(copy)
    expect(error.message).toMatch(/^notices\/wu-ren-she-mi-2025-52\.md: statusBy: /)
  })
})
