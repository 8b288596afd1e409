/**
 * Section 3 — search on each corpus: Pagefind index size, and for a first Chinese query (公需科目,
 * 区块链) from a cold cache in Chromium: bytes fetched from /pagefind/, time to first results, and
 * whether the seed page the query is about is in the top five. Measured two ways: through our
 * /search/ page (what a visitor downloads; the figure held against the ≤ 150 KB target) and
 * through Pagefind's JS API with the first five results' data (the same procedure on any site,
 * used for the Starlight comparison).
 */
import path from 'node:path'
import type { Browser } from 'playwright-core'
import type { Corpus } from '../content/schema.ts'
import { apiQuery, foundInTop, ourSearchUi, uiQuery, type QueryProbe } from './lib/browser-probe.ts'
import { chromiumMissing, launchChromium } from './lib/chromium.ts'
import { corpusLabels, type Context, type CorpusId } from './lib/context.ts'
import { folderSize } from './lib/gzip.ts'
import { formatRecall, recall, type RecallFigures } from './lib/recall.ts'
import { errorMessage, progress } from './lib/log.ts'
import { output, type SectionOutput } from './lib/section.ts'
import { serveStatic } from './lib/static-server.ts'
import { verdict } from './lib/table.ts'
import { formatBytes, formatMs } from './lib/timing.ts'
import { siteBuild } from './site-build.ts'

export const queries = ['公需科目', '区块链'] as const
export const firstQueryTargetBytes = 150 * 1024

/** The seed pages a query should find: FAQs whose question holds it, topics whose title does. */
export function expectedSlugs(seed: Corpus, query: string): { kind: string; slugs: string[] } {
  const faqs = seed.faqs.filter((f) => f.question.includes(query)).map((f) => f.slug)
  if (faqs.length) return { kind: 'seed FAQ', slugs: faqs }
  return { kind: 'seed topic', slugs: seed.topics.filter((t) => t.title.includes(query)).map((t) => t.slug) }
}

export interface SearchFigures {
  corpus: CorpusId
  indexBytes: number
  indexFiles: number
  queries: Array<{
    query: string
    expected: string
    ui: (QueryProbe & { foundExpected: boolean }) | { error: string }
    api: (QueryProbe & { foundExpected: boolean }) | { error: string }
  }>
  /** the recall suite through /search/ */
  recall?: RecallFigures | { error: string }
}

export async function probeQueries(
  browser: Browser,
  baseUrl: string,
  seed: Corpus,
  ui: Parameters<typeof uiQuery>[2] | null,
): Promise<SearchFigures['queries']> {
  const out: SearchFigures['queries'] = []
  for (const query of queries) {
    const expected = expectedSlugs(seed, query)
    const measure = async (fn: () => Promise<QueryProbe>) => {
      try {
        const probe = await fn()
        return { ...probe, foundExpected: foundInTop(probe.top, expected.slugs) }
      } catch (error) {
        return { error: errorMessage(error) }
      }
    }
    const uiResult = ui ? await measure(() => uiQuery(browser, baseUrl, ui, query)) : { error: 'no UI script' }
    const apiResult = await measure(() => apiQuery(browser, baseUrl, query))
    out.push({ query, expected: `${expected.kind} (${expected.slugs.join(', ')})`, ui: uiResult, api: apiResult })
  }
  return out
}

/** Our site's recall suite for a corpus, once per run (section 7 reuses it). */
export function ourRecall(ctx: Context, id: CorpusId, browser: Browser, dir: string): Promise<RecallFigures> {
  return ctx.once(`recall:ours:${id}`, async () => {
    const served = await serveStatic(dir)
    try {
      return await recall(browser, served.url, await ctx.seedCorpus(), 'ours')
    } finally {
      await served.close()
    }
  })
}

/** Our site's query figures for a corpus, measured once per run (section 7 reuses them). */
export function ourQueries(ctx: Context, id: CorpusId, browser: Browser, dir: string): Promise<SearchFigures['queries']> {
  return ctx.once(`queries:ours:${id}`, async () => {
    const served = await serveStatic(dir)
    try {
      return await probeQueries(browser, served.url, await ctx.seedCorpus(), ourSearchUi)
    } finally {
      await served.close()
    }
  })
}

export async function run(ctx: Context): Promise<SectionOutput> {
  const missing = chromiumMissing()
  const errors: string[] = []
  const figures: SearchFigures[] = []
  const seed = await ctx.seedCorpus()
  const browser = missing ? undefined : await launchChromium()
  if (missing) errors.push(missing)
  try {
    for (const id of ctx.corpora) {
      try {
        const build = await siteBuild(ctx, id)
        if (!build.ok) throw new Error(build.error ?? 'build failed')
        const index = folderSize(path.join(build.dir, 'pagefind'))
        const entry: SearchFigures = { corpus: id, indexBytes: index.bytes, indexFiles: index.files, queries: [] }
        if (browser) {
          progress(`  queries on ${corpusLabels[id]}…`)
          entry.queries = await ourQueries(ctx, id, browser, build.dir)
          for (const q of entry.queries) {
            for (const [how, r] of [['UI', q.ui], ['API', q.api]] as const) if ('error' in r) errors.push(`${corpusLabels[id]} ${q.query} (${how}): ${r.error}`)
          }
          progress(`  recall suite on ${corpusLabels[id]}…`)
          try {
            entry.recall = await ourRecall(ctx, id, browser, build.dir)
          } catch (error) {
            entry.recall = { error: errorMessage(error) }
            errors.push(`${corpusLabels[id]} recall: ${errorMessage(error)}`)
          }
        }
        figures.push(entry)
      } catch (error) {
        errors.push(`${corpusLabels[id]}: ${errorMessage(error)}`)
      }
    }
  } finally {
    await browser?.close()
  }

  const cell = (r: SearchFigures['queries'][number]['ui']) =>
    'error' in r ? ['error', '—', '—'] : [`${formatBytes(r.bytes)} (${r.requests} files)`, formatMs(r.ms), r.foundExpected ? 'yes' : 'no']
  const rows = figures.flatMap((f) =>
    f.queries.map((q) => {
      const ui = cell(q.ui)
      const api = cell(q.api)
      return [
        corpusLabels[f.corpus],
        `${formatBytes(f.indexBytes)} / ${f.indexFiles} files`,
        q.query,
        ui[0],
        verdict('error' in q.ui ? null : q.ui.bytes <= firstQueryTargetBytes),
        ui[1],
        api[0],
        api[1],
        `${ui[2]} / ${api[2]}`,
      ]
    }),
  )
  return output({
    data: { targetBytes: firstQueryTargetBytes, corpora: figures },
    tables: [
      {
        title: 'Search: Pagefind index and a first Chinese query from a cold cache (Chromium)',
        headers: ['corpus', 'index', 'query', 'bytes via /search/', '≤ 150 KB', 'time to results (UI)', 'bytes via API (top 5)', 'time (API)', 'seed page in top 5 (UI / API)'],
        rows,
        notes: [
          'UI: open /search/, type the query, press Enter, wait for the first result; bytes are every /pagefind/ response (pagefind.js, WebAssembly, index chunks, fragments of the results shown — the page loads the first 5). API: import /pagefind/pagefind.js, search, load the first five results\' data.',
          `Seed page expected in the top 5: ${queries.map((q) => `${q} → ${expectedSlugs(seed, q).kind}`).join('; ')}.`,
        ],
      },
      {
        title: 'Search recall suite through /search/ (bench/lib/search-recall-cases.ts)',
        headers: ['corpus', 'recall', 'misses (rank reached)'],
        rows: figures.map((f) => [
          corpusLabels[f.corpus],
          f.recall && !('error' in f.recall) ? formatRecall(f.recall) : (f.recall?.error ?? '—'),
          f.recall && !('error' in f.recall) ? f.recall.misses.join('; ') || 'none' : '—',
        ]),
        notes: ['Each seed 文号 in full, as NN号 (when no other seed notice has that serial), with [] and （） brackets and without the issuer must find its notice at rank 1; each everyday query its page in the top 3.'],
      },
      {
        title: 'Where a first query\'s bytes go (公需科目 through /search/, per file)',
        headers: ['corpus', 'file', 'bytes'],
        rows: figures.flatMap((f) => {
          const q = f.queries.find((x) => x.query === '公需科目')
          if (!q || 'error' in q.ui) return []
          return [...q.ui.files].sort((a, b) => b.bytes - a.bytes).map((file) => [corpusLabels[f.corpus], file.url.replace(/^\/pagefind\//, ''), formatBytes(file.bytes)])
        }),
        notes: ['The floor is pagefind.js and its WebAssembly (fetched for any query), then the pf_meta, the index chunks holding the query\'s words and one fragment per result shown.'],
      },
    ],
    errors,
  })
}
