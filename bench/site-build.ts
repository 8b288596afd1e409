/**
 * Section 1 — site build and index time: `node scripts/build-site.ts` against a CMS API holding
 * each corpus (the real CMS: in-process for the seed, a CMS process per generated corpus), each
 * with a fresh Astro cache, timed with the Pagefind part taken from the arrival times of the
 * build's output lines, and the peak RSS of the build's process tree.
 */
import fs from 'node:fs'
import path from 'node:path'
import { corpusLabels, type Context, type CorpusId } from './lib/context.ts'
import { folderSize } from './lib/gzip.ts'
import { errorMessage, progress } from './lib/log.ts'
import { runProcess, tail, type ProcessRun } from './lib/processes.ts'
import { output, type SectionOutput } from './lib/section.ts'
import { formatBytes, formatMs, ratio, round } from './lib/timing.ts'
import { corpusSize } from './synthetic.ts'

export interface SiteBuild {
  corpus: CorpusId
  ok: boolean
  /** folder holding the built site */
  dir: string
  documents: number
  htmlPages: number
  ms: number
  /** Pagefind indexing, from the build's log lines; null when the build does not print it */
  pagefindMs: number | null
  peakRssBytes: number | null
  outputBytes: number
  outputFiles: number
  /** how the output folder was chosen: `--out-dir` honoured, or fell back to dist/ */
  outDirNote: string
  /** the first attempt failed because another build in the tree removed .astro/.prerender */
  retriedAfterCollision: boolean
  error?: string
}

const buildTimeoutMs = 15 * 60_000

/**
 * The working directory for builds into the temp folder. Astro writes its prerender chunks into
 * the output folder only when that folder is inside the current directory; otherwise into
 * `<cwd>/.astro/.prerender/`, which every other build started from the repository shares (and
 * deletes). So builds run from the temp folder, with a node_modules link there so the chunks
 * still resolve their packages.
 */
export function buildCwd(ctx: Context): string {
  const link = path.join(ctx.tmp, 'node_modules')
  if (!fs.existsSync(link)) fs.symlinkSync(path.join(ctx.root, 'node_modules'), link, 'dir')
  return ctx.tmp
}

/** The site built from a corpus, once per run. */
export function siteBuild(ctx: Context, id: CorpusId): Promise<SiteBuild> {
  return ctx.once(`site:${id}`, () => buildSite(ctx, id))
}

async function buildSite(ctx: Context, id: CorpusId): Promise<SiteBuild> {
  const corpus = await ctx.corpus(id)
  const cmsUrl = await ctx.apiUrl(id)
  const outDir = path.join(ctx.tmp, 'site', id)
  const cacheDir = path.join(ctx.tmp, 'astro-cache', id)
  progress(`building our site for ${corpusLabels[id]} (${corpusSize(corpus)} documents)…`)
  const attempt = () => {
    let pages = 0
    return runProcess(process.execPath, [path.join(ctx.root, 'scripts/build-site.ts'), '--out-dir', outDir, '--cache-dir', cacheDir], {
      cwd: buildCwd(ctx),
      env: { ...process.env, CMS_URL: cmsUrl, SITE_OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1' },
      timeoutMs: buildTimeoutMs,
      onLine: (line) => {
        if (/index\.html|\.html \(\+/.test(line)) {
          if (++pages % 2000 === 0) progress(`  …${pages} pages rendered`)
        } else if (/pagefind|预压缩|page\(s\) built|错误|error/i.test(line)) progress(`  ${line.replace(/^\d\d:\d\d:\d\d\s*/, '').trim()}`)
      },
    })
  }
  let run = await attempt()
  let retried = false
  // Should not happen with buildCwd; kept so a collision is recorded rather than failing the run.
  if (run.code !== 0 && run.lines.some((l) => /ERR_MODULE_NOT_FOUND.*\.astro\/\.prerender/.test(l.text))) {
    progress('  build collided with another build of this tree (.astro/.prerender); retrying once')
    retried = true
    run = await attempt()
  }
  let dir = outDir
  let outDirNote = '--out-dir honoured'
  if (!fs.existsSync(path.join(outDir, 'index.html')) && fs.existsSync(path.join(ctx.root, 'dist', 'index.html'))) {
    dir = path.join(ctx.root, 'dist')
    outDirNote = 'build ignored --out-dir/SITE_OUT_DIR; measured dist/'
  }
  const ok = run.code === 0 && fs.existsSync(path.join(dir, 'index.html'))
  const size = ok ? folderSize(dir) : { bytes: 0, files: 0 }
  const build: SiteBuild = {
    corpus: id,
    ok,
    dir,
    documents: corpusSize(corpus),
    htmlPages: ok ? countHtml(dir) : 0,
    ms: run.ms,
    pagefindMs: pagefindMs(run),
    peakRssBytes: run.peakRssBytes,
    outputBytes: size.bytes,
    outputFiles: size.files,
    outDirNote,
    retriedAfterCollision: retried,
  }
  if (!ok) {
    build.error = run.timedOut
      ? `build timed out after ${formatMs(buildTimeoutMs)}`
      : `build failed (exit ${run.code ?? run.signal}): ${tail(run, 8)}`
  }
  progress(`  ${corpusLabels[id]}: ${ok ? `built in ${formatMs(run.ms)}, ${build.htmlPages} pages` : build.error}`)
  return build
}

function countHtml(dir: string): number {
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.html')).length
}

/**
 * Pagefind's share of the build: from the line that ends Astro's page generation
 * ("✓ Completed in …" of the last build step) to the integration's "[pagefind] 已索引 …" line.
 */
export function pagefindMs(run: ProcessRun): number | null {
  const end = run.lines.findIndex((l) => /\[pagefind\]/.test(l.text) && /索引|index/i.test(l.text))
  if (end < 0) return null
  for (let i = end - 1; i >= 0; i--) {
    if (/Completed in|page\(s\) built|generating static routes/i.test(run.lines[i]!.text)) return run.lines[end]!.at - run.lines[i]!.at
  }
  return null
}

export async function run(ctx: Context): Promise<SectionOutput> {
  const builds: SiteBuild[] = []
  const errors: string[] = []
  for (const id of ctx.corpora) {
    try {
      const build = await siteBuild(ctx, id)
      builds.push(build)
      if (build.error) errors.push(`${corpusLabels[id]}: ${build.error}`)
    } catch (error) {
      errors.push(`${corpusLabels[id]}: ${errorMessage(error)}`)
    }
  }
  const ok = builds.filter((b) => b.ok)
  const growth = ok.slice(1).map((b, i) => {
    const prev = ok[i]!
    return {
      from: corpusLabels[prev.corpus],
      to: corpusLabels[b.corpus],
      documentsRatio: ratio(b.documents, prev.documents),
      buildTimeRatio: ratio(b.ms, prev.ms),
      pagefindTimeRatio: ratio(b.pagefindMs, prev.pagefindMs),
      peakRssRatio: ratio(b.peakRssBytes, prev.peakRssBytes),
      /** < 1: grows slower than linearly (fixed costs amortised); > 1: worse than linear */
      timePerDocumentRatio: ratio(b.ms / b.documents, prev.ms / prev.documents),
    }
  })
  const tenK = ok.find((b) => b.corpus === 'syn-10000')
  return output({
    data: {
      builds,
      growth,
      target: { tenThousandUnderMs: 120_000, met: tenK ? tenK.ms < 120_000 : null },
      corpusSource: {
        seed: 'real CMS (Payload on SQLite, migrated and seeded from content/) served by cms/server/api-server.ts in the bench process',
        synthetic: 'seed + generated documents written into the real CMS through cms/seed (bench/corpus-cms.ts), its own SQLite file, served by cms/server/api-server.ts',
      },
    },
    tables: [
      {
        title: 'Site build and index (scripts/build-site.ts, fresh Astro cache)',
        headers: ['corpus', 'documents', 'HTML pages', 'build total', 'of which Pagefind', 'peak RSS', 'output'],
        rows: builds.map((b) => [
          corpusLabels[b.corpus],
          b.documents,
          b.ok ? b.htmlPages : 'failed',
          b.ok ? formatMs(b.ms) : '—',
          formatMs(b.pagefindMs),
          formatBytes(b.peakRssBytes),
          b.ok ? `${formatBytes(b.outputBytes)} / ${b.outputFiles} files` : '—',
        ]),
        notes: [
          'Seed: the real CMS API in-process. Larger corpora: seed + generated documents in the real CMS, one process each (bench/corpus-cms.ts).',
          `Target: 10,000 documents built and indexed in under 2 min on 2 cores${tenK ? ` — ${formatMs(tenK.ms)} ${tenK.ms < 120_000 ? '✅' : '❌'}` : ' (not run: --quick)'}.`,
        ],
      },
      ...(growth.length
        ? [
            {
              title: 'Growth between sizes',
              headers: ['from → to', 'documents ×', 'build time ×', 'Pagefind ×', 'peak RSS ×', 'time per document ×'],
              rows: growth.map((g) => [
                `${g.from} → ${g.to}`,
                ...[g.documentsRatio, g.buildTimeRatio, g.pagefindTimeRatio, g.peakRssRatio, g.timePerDocumentRatio].map((v) => (v === null ? null : `${round(v, 2)}×`)),
              ]),
              notes: ['time per document × ≤ 1 means the build grows no worse than linearly.'],
            },
          ]
        : []),
    ],
    notes: ok.map((b) => `${corpusLabels[b.corpus]}: ${b.outDirNote}`).filter((n) => !n.endsWith('honoured')),
    errors,
  })
}
