/**
 * Section 2 — page weight and Lighthouse per page type, on the seed build: HTML, CSS and the
 * JavaScript loaded before any interaction, gzipped (from the built files and each page's tags,
 * see lib/page-assets.ts), and Lighthouse's mobile scores in all four categories with the page
 * served by the production static server (scripts/lib/static-server.ts) on 127.0.0.1.
 * Targets: every page but the calculator ≤ 25 KB gzipped; Lighthouse 100 everywhere.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Context } from './lib/context.ts'
import { chromiumMissing } from './lib/chromium.ts'
import { startLighthouse, type LighthouseScores } from './lib/lighthouse.ts'
import { errorMessage, progress } from './lib/log.ts'
import { htmlFileFor, pageWeight, type PageWeight } from './lib/page-assets.ts'
import { output, type SectionOutput } from './lib/section.ts'
import { serveStatic } from './lib/static-server.ts'
import { verdict } from './lib/table.ts'
import { formatBytes } from './lib/timing.ts'
import { siteBuild } from './site-build.ts'

export const weightTargetBytes = 25 * 1024

export interface PageType {
  type: string
  /** candidate URL paths, the first one built is measured */
  candidates: (siteDir: string) => string[]
  /** the 25 KB target applies (not to the calculator) */
  target: boolean
}

const firstSubfolder = (siteDir: string, folder: string, skip: string[] = []) => {
  try {
    return fs
      .readdirSync(path.join(siteDir, folder), { withFileTypes: true })
      .filter((e) => e.isDirectory() && !skip.includes(e.name) && fs.existsSync(path.join(siteDir, folder, e.name, 'index.html')))
      .map((e) => `/${folder}/${e.name}/`)
  } catch {
    return []
  }
}

export const pageTypes: PageType[] = [
  { type: 'home', candidates: () => ['/'], target: true },
  { type: 'notice list', candidates: () => ['/notices/'], target: true },
  {
    type: 'notice page',
    candidates: (dir) => ['/notices/wan-ren-she-mi-2021-115/', ...firstSubfolder(dir, 'notices', ['year', 'issuer', 'level', 'status'])],
    target: true,
  },
  { type: 'topics year page', candidates: (dir) => ['/topics/2023/', ...firstSubfolder(dir, 'topics', ['changes'])], target: true },
  { type: 'FAQ page', candidates: (dir) => ['/faqs/', ...firstSubfolder(dir, 'faqs')], target: true },
  { type: 'guide', candidates: (dir) => ['/guides/xueshi-zenme-suan/', ...firstSubfolder(dir, 'guides')], target: true },
  { type: 'search', candidates: () => ['/search/'], target: true },
  { type: 'calculator', candidates: () => ['/calculator/'], target: false },
  { type: '404', candidates: () => ['/404.html', '/404/'], target: true },
]

/** Each page type's URL in a build and its weight; page types the build lacks come back missing. */
export function weighPages(siteDir: string): Array<{ type: string; target: boolean; path?: string; weight?: PageWeight }> {
  return pageTypes.map((t) => {
    for (const candidate of t.candidates(siteDir)) {
      const file = htmlFileFor(siteDir, candidate)
      if (file) return { type: t.type, target: t.target, path: candidate, weight: pageWeight(siteDir, candidate, file) }
    }
    return { type: t.type, target: t.target }
  })
}

/** The run with the median performance score, its scores replaced by each category's median. */
function medianRun(runs: LighthouseScores[]): LighthouseScores {
  const sorted = [...runs].sort((a, b) => (a.scores.performance ?? 0) - (b.scores.performance ?? 0))
  const middle = sorted[Math.floor((sorted.length - 1) / 2)]!
  const scores = { ...middle.scores }
  for (const key of Object.keys(scores) as Array<keyof typeof scores>) {
    const values = runs.map((r) => r.scores[key]).filter((v): v is number => v !== null).sort((a, b) => a - b)
    scores[key] = values.length ? values[Math.floor((values.length - 1) / 2)]! : null
  }
  return { ...middle, scores }
}

export async function run(ctx: Context): Promise<SectionOutput> {
  const build = await siteBuild(ctx, 'seed')
  if (!build.ok) return output({ status: `not measured: seed build failed`, data: {}, errors: [build.error ?? 'seed build failed'] })
  const errors: string[] = []
  const pages = weighPages(build.dir)
  for (const p of pages) if (!p.weight) errors.push(`no ${p.type} page in the build (looked for ${pageTypes.find((t) => t.type === p.type)!.candidates(build.dir).slice(0, 2).join(', ')})`)
  for (const p of pages) if (p.weight?.missing.length) errors.push(`${p.path} names files missing from the build: ${p.weight.missing.join(', ')}`)

  const scores = new Map<string, LighthouseScores>()
  const lighthouseRuns = ctx.options.quick ? 1 : 3
  const missingChromium = chromiumMissing()
  if (missingChromium) errors.push(`Lighthouse: ${missingChromium}`)
  else {
    const served = await serveStatic(build.dir)
    let runner: Awaited<ReturnType<typeof startLighthouse>> | undefined
    try {
      runner = await startLighthouse()
      for (const p of pages) {
        if (!p.path) continue
        progress(`  Lighthouse ${p.type} (${p.path})${lighthouseRuns > 1 ? ` × ${lighthouseRuns}` : ''}…`)
        try {
          const runs: LighthouseScores[] = []
          for (let i = 0; i < lighthouseRuns; i++) runs.push(await runner.run(served.url + p.path))
          const s = medianRun(runs)
          scores.set(p.type, s)
          if (s.runtimeError) errors.push(`Lighthouse ${p.type}: ${s.runtimeError}`)
        } catch (error) {
          errors.push(`Lighthouse ${p.type}: ${errorMessage(error)}`)
        }
      }
    } catch (error) {
      errors.push(`Lighthouse: ${errorMessage(error)}`)
    } finally {
      await runner?.close()
      await served.close()
    }
  }

  const pct = (v: number | null | undefined) => (v === null || v === undefined ? '—' : String(Math.round(v * 100)))
  const rows = pages.map((p) => {
    const w = p.weight
    const s = scores.get(p.type)
    const all100 = s ? Object.values(s.scores).every((v) => v === 1) : null
    return [
      p.type,
      p.path ?? 'missing',
      w ? formatBytes(w.html) : '—',
      w ? formatBytes(w.css) : '—',
      w ? formatBytes(w.js) : '—',
      w ? formatBytes(w.total) : '—',
      p.target ? verdict(w ? w.total <= weightTargetBytes : null) : 'n/a',
      s ? `${pct(s.scores.performance)} / ${pct(s.scores.accessibility)} / ${pct(s.scores['best-practices'])} / ${pct(s.scores.seo)}` : '—',
      verdict(all100),
    ]
  })
  const failing = [...scores.entries()].flatMap(([type, s]) => s.failing.map((f) => `${type}: ${f.title} (${f.id}, ${f.score}${f.detail ? `: ${f.detail}` : ''})`))
  return output({
    data: {
      site: 'seed build',
      targetBytes: weightTargetBytes,
      pages: pages.map((p) => ({
        type: p.type,
        path: p.path ?? null,
        weight: p.weight ? { ...p.weight, assets: p.weight.assets.map((a) => ({ url: a.url, kind: a.kind, raw: a.raw, gzip: a.gzip })) } : null,
        meetsWeightTarget: p.weight && p.target ? p.weight.total <= weightTargetBytes : null,
        lighthouse: scores.get(p.type) ?? null,
      })),
    },
    tables: [
      {
        title: 'Page weight (gzipped, loaded before any interaction) and Lighthouse mobile, seed build',
        headers: ['page type', 'path', 'HTML', 'CSS', 'JS', 'total', '≤ 25 KB', 'Lighthouse perf / a11y / best / SEO', 'all 100'],
        rows,
        notes: [
          'Weights come from the built files and each page\'s tags (stylesheets, scripts, module preloads, hydrated islands and their static imports); Pagefind, loaded on the first search, is in section 3. Inline styles and scripts count in the HTML.',
          `Lighthouse 12: ${lighthouseRuns === 1 ? 'one run' : `median of ${lighthouseRuns} runs`} per page, default mobile settings (emulated Moto G Power, simulated throttling) on this machine's Chromium, pages served by scripts/lib/static-server.ts (production headers, gzip) on 127.0.0.1. Performance scores vary by a few points with CPU load.`,
          ...(failing.length ? [`Audits below 100: ${failing.join('; ')}`] : []),
        ],
      },
    ],
    errors,
  })
}
