/**
 * Section 6 — publish to live: from an editor publishing a notice (Local API update of a draft to
 * `_status: 'published'`) to its page being served, through the real pipeline: the CMS in this
 * process, `buildAndSwitch` of cms/publish/site-builds.ts (builds into a new folder, switches
 * `current` only when complete), and the production static server reading `current` per request.
 * Measured on the seed corpus, then on a corpus ten times larger (the seed plus nine times as many
 * generated documents, written through the Local API so the CMS really holds them).
 *
 * Not included: the rebuild queue's debounce (SITE_REBUILD_DEBOUNCE_MS, 5 s by default), which
 * in production sits between the publish and the build.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import type * as SiteBuilds from '../cms/publish/site-builds.ts'
import type { Corpus } from '../content/schema.ts'
import type { Context } from './lib/context.ts'
import { seedContext as context, seedCorpus } from '../cms/seed/index.ts'
import { markdownConverter } from '../cms/seed/markdown.ts'
import { noticeData } from '../cms/seed/records.ts'
import { runSiteBuild } from '../cms/publish/site-build-process.ts'
import { errorMessage, progress } from './lib/log.ts'
import { output, type SectionOutput } from './lib/section.ts'
import { serveStatic } from './lib/static-server.ts'
import { formatMs, ratio, sleep } from './lib/timing.ts'
import { corpusSize, generateCorpus } from './synthetic.ts'

type SiteBuildsModule = typeof SiteBuilds

interface Measurement {
  corpus: string
  documents: number
  /** the first build of this corpus through buildAndSwitch, before the publish */
  initialBuildMs: number | null
  publishMs: number | null
  buildAndSwitchMs: number | null
  /** from the switch to the static server answering 200 with the notice's title */
  servedAfterSwitchMs: number | null
  /** publish → page served */
  totalMs: number | null
  status: string
}

/**
 * buildAndSwitch, retried once when the build collided with another build of this tree (Astro
 * keeps prerender chunks in the project's .astro/, shared by every build running in it).
 */
async function buildAndSwitch(siteBuilds: SiteBuildsModule, cmsUrl: string, buildsDir: string) {
  const result = await siteBuilds.buildAndSwitch({ cmsUrl, buildsDir })
  if (result.ok || !/\.astro\/\.prerender/.test(result.log)) return { ...result, retried: false }
  progress('  build collided with another build of this tree (.astro/.prerender); retrying once')
  return { ...(await siteBuilds.buildAndSwitch({ cmsUrl, buildsDir })), retried: true }
}

async function measure(
  payload: Payload,
  cmsUrl: string,
  siteBuilds: SiteBuildsModule,
  buildsDir: string,
  label: string,
  documents: number,
  draft: Corpus['notices'][number],
): Promise<Measurement> {
  const m: Measurement = {
    corpus: label,
    documents,
    initialBuildMs: null,
    publishMs: null,
    buildAndSwitchMs: null,
    servedAfterSwitchMs: null,
    totalMs: null,
    status: 'ok',
  }
  progress(`  ${label}: first build through buildAndSwitch…`)
  const first = await buildAndSwitch(siteBuilds, cmsUrl, buildsDir)
  if (!first.ok) {
    m.status = `not measured: the first buildAndSwitch failed: ${first.log.slice(-400)}`
    return m
  }
  m.initialBuildMs = first.durationMs
  const served = await serveStatic(() => siteBuilds.currentSiteDir(buildsDir, path.join(buildsDir, 'none')))
  try {
    const body = await markdownConverter(payload.config)(draft.body)
    const created = await payload.create({
      collection: 'notices',
      data: { ...noticeData(draft, body), _status: 'draft' },
      draft: true,
      overrideAccess: true,
      context,
    })
    const url = `${served.url}/notices/${draft.slug}/`
    const before = await fetch(url)
    if (before.status === 200) throw new Error(`${url} is served before publishing`)

    const t0 = performance.now()
    await payload.update({ collection: 'notices', id: created.id, data: { _status: 'published' }, overrideAccess: true, context })
    const t1 = performance.now()
    progress(`  ${label}: published; building and switching…`)
    const result = await buildAndSwitch(siteBuilds, cmsUrl, buildsDir)
    if (result.retried) m.status = 'ok (build retried after colliding with another build in the tree)'
    const t2 = performance.now()
    if (!result.ok) throw new Error(`buildAndSwitch failed: ${result.log.slice(-400)}`)
    const deadline = Date.now() + 30_000
    for (;;) {
      const response = await fetch(url)
      const body = response.status === 200 ? await response.text() : ''
      if (response.status === 200 && body.includes(draft.title)) break
      if (Date.now() > deadline) throw new Error(`${url} not served 30 s after the switch (HTTP ${response.status})`)
      await sleep(20)
    }
    const t3 = performance.now()
    Object.assign(m, { publishMs: t1 - t0, buildAndSwitchMs: t2 - t1, servedAfterSwitchMs: t3 - t2, totalMs: t3 - t0 })
    progress(`  ${label}: publish → served in ${formatMs(m.totalMs)}`)
  } catch (error) {
    m.status = `error: ${errorMessage(error)}`
  } finally {
    await served.close()
  }
  return m
}

export async function run(ctx: Context): Promise<SectionOutput> {
  const siteBuilds: SiteBuildsModule = await import('../cms/publish/site-builds.ts')
  // The CMS does not know how to build the site; its entry points hand it the site's runner.
  siteBuilds.setSiteBuildRunner(runSiteBuild)
  const cms = await ctx.cms()
  const seed = await ctx.seedCorpus()
  const seedCount = corpusSize(seed)
  // Draft notices to publish: generated ones with unique slugs and 文号, not otherwise in any corpus.
  const drafts = generateCorpus(seed, 40, 7).notices.filter((n) => n.source === 'synthetic')
  const measurements: Measurement[] = []
  const errors: string[] = []
  // Builds folders inside the repository (bench/.tmp/, git-ignored): buildAndSwitch builds from
  // the repository root, and Astro keeps prerender chunks in the output folder only when it is
  // inside the current directory — elsewhere they go to the shared .astro/.prerender/, where
  // builds started by others at the same time delete them.
  const scratch = path.join(ctx.root, 'bench', '.tmp', path.basename(ctx.tmp))
  ctx.onClose(() => {
    fs.rmSync(scratch, { recursive: true, force: true })
    if (fs.readdirSync(path.dirname(scratch)).length === 0) fs.rmdirSync(path.dirname(scratch))
  })
  const buildsDir = (name: string) => {
    const dir = path.join(scratch, name)
    fs.mkdirSync(dir, { recursive: true })
    return dir
  }
  let insertMs: number | null = null

  try {
    measurements.push(await measure(cms.payload, cms.url, siteBuilds, buildsDir('seed'), 'seed', seedCount, drafts[0]!))
  } catch (error) {
    errors.push(`seed: ${errorMessage(error)}`)
  }

  const extra = seedCount * 9
  try {
    progress(`  writing ${extra} generated documents into the CMS (Local API) for the 10× corpus…`)
    ctx.cmsChanged = true
    const t0 = performance.now()
    const added = await seedCorpus(cms.payload, generateCorpus(seed, extra))
    insertMs = performance.now() - t0
    progress(`  added ${added} documents in ${formatMs(insertMs)}`)
    measurements.push(await measure(cms.payload, cms.url, siteBuilds, buildsDir('x10'), `seed × 10`, seedCount + added + 1, drafts[1]!))
  } catch (error) {
    errors.push(`10× corpus: ${errorMessage(error)}`)
  }
  for (const m of measurements) if (!m.status.startsWith('ok')) errors.push(`${m.corpus}: ${m.status}`)

  const [small, large] = measurements
  return output({
    data: {
      measurements,
      insertTenfoldMs: insertMs,
      growth: small && large ? { documents: ratio(large.documents, small.documents), total: ratio(large.totalMs, small.totalMs) } : null,
      excludes: 'the rebuild queue debounce (SITE_REBUILD_DEBOUNCE_MS, default 5 s)',
    },
    tables: [
      {
        title: 'Publish to live: Local API publish → buildAndSwitch → page served (real CMS, SQLite)',
        headers: ['corpus', 'documents', 'publish', 'build + switch', 'served after switch', 'publish → served', 'status'],
        rows: measurements.map((m) => [
          m.corpus,
          m.documents,
          formatMs(m.publishMs),
          formatMs(m.buildAndSwitchMs),
          formatMs(m.servedAfterSwitchMs),
          formatMs(m.totalMs),
          m.status.slice(0, 120),
        ]),
        notes: [
          'In production the rebuild queue waits for its debounce (5 s by default, at most 30 s under a burst of saves) before building; add it to the figures above.',
          `The 10× corpus: the seed plus ${extra} generated documents written through Payload's Local API${insertMs ? ` (${formatMs(insertMs)})` : ''}, so the build reads them from the real CMS.`,
        ],
      },
    ],
    errors,
  })
}
