/** The rulebook as open data (/rules.json): every rule of rules/table.ts, with its words as printed. */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { citation, ruleSources, RULES, RULES_VERSION, rulesDocument } from '../../rules/index.ts'
import { projectRoot } from '../../paths.ts'

const content = join(projectRoot, 'content')
const flat = (s: string) => s.replace(/\*\*|\s+/g, '')
const corpus = flat([
  ...readdirSync(join(content, 'notices')).map((f) => readFileSync(join(content, 'notices', f), 'utf8')),
  ...(JSON.parse(readFileSync(join(content, 'faqs.json'), 'utf8')) as { answer: string }[]).map((f) => f.answer),
].join('\n'))

describe('rulesDocument', () => {
  const doc = rulesDocument('2026-12-01')
  it('has the version, the build date and every rule of the table in table order', () => {
    expect(doc.version).toBe(RULES_VERSION)
    expect(doc.buildDate).toBe('2026-12-01')
    expect(doc.rules.map((r) => r.id)).toEqual(RULES.map((r) => r.id))
  })
  it('each rule carries what the table says', () => {
    for (const [i, r] of RULES.entries()) {
      expect(doc.rules[i]).toEqual({
        id: r.id, key: r.key, title: r.title, summary: r.summary, values: r.values, validFrom: r.validFrom, validTo: r.validTo,
        source: r.source, article: r.article, sources: ruleSources(r),
        citation: citation(r), quote: r.quote ?? null, interpretation: r.interpretation,
      })
    }
  })
  it('a compound article is one source per part, each naming its document', () => {
    const topic = doc.rules.find((r) => r.article === '三；附件2 十八')!
    expect(topic.sources.map((s) => s.article)).toEqual(['三', '附件2 十八'])
    expect(topic.citation).toBe('皖人社秘〔2021〕115号 三；皖人社秘〔2021〕115号 附件2 十八')
  })
  it('every quote is the notices’ own words, found verbatim in the corpus taken from the seeds', () => {
    const quoted = RULES.filter((r) => r.quote)
    expect(quoted.length).toBeGreaterThan(25)
    for (const r of quoted) expect(corpus, r.id).toContain(flat(r.quote!))
  })
  it('every number a rule carries appears in its quote, where it has one (no invented number)', () => {
    // derived, not printed: 85号 二 gives 90 and 60, the public 30 is the rest; counts of one
    const derived: Record<string, string[]> = { 'requirement-109': ['public'] }
    for (const r of RULES) {
      if (!r.quote || r.interpretation) continue
      for (const [name, v] of Object.entries(r.values)) {
        if (name === 'options' || name === 'topics' || derived[r.id]?.includes(name)) continue
        expect(r.quote, `${r.id}.${name}`).toContain(String(v))
      }
    }
  })
  it('survives JSON', () => {
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc)
  })
})
