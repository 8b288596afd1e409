/**
 * `npm run bench [-- --quick] [-- --only <section>[,<section>…]] [-- --keep]`
 *
 * Runs the benchmark sections in order and writes bench/results/latest.json and latest.md (plus
 * a dated copy of the JSON). Each section catches its own errors and records them, so one
 * broken part never stops the others. Progress goes to stderr.
 *
 * --quick  seed + 1,000 documents only, fewer iterations, shorter load tests (a few minutes)
 * --only   build, weight, search, calculator, api, publish, starlight, serving, signin, batch (comma-separated)
 * --keep   keep the temp folder with the builds and the database, and print where it is
 * --out    results folder (default bench/results)
 */
import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { Context, corpusLabels, type Options } from './lib/context.ts'
import { errorMessage, progress } from './lib/log.ts'
import { describeMachine, machineInfo } from './lib/machine.ts'
import type { SectionOutput, SectionReport } from './lib/section.ts'
import { markdownTable } from './lib/table.ts'
import { formatMs } from './lib/timing.ts'
import { projectRoot } from '../paths.ts'

const root = projectRoot

interface Section {
  id: string
  title: string
  load: () => Promise<{ run: (ctx: Context) => Promise<SectionOutput> }>
}

export const sections: Section[] = [
  { id: 'build', title: '1. Site build and index time', load: () => import('./site-build.ts') },
  { id: 'weight', title: '2. Page weight and Lighthouse', load: () => import('./page-weight.ts') },
  { id: 'search', title: '3. Search', load: () => import('./search.ts') },
  { id: 'calculator', title: '4. Calculator', load: () => import('./calculator.ts') },
  { id: 'api', title: '5. CMS API', load: () => import('./cms-api.ts') },
  { id: 'publish', title: '6. Publish to live', load: () => import('./publish.ts') },
  { id: 'starlight', title: '7. Side by side with Astro Starlight', load: () => import('./starlight.ts') },
  { id: 'serving', title: '8. Serving the built site', load: () => import('./serving.ts') },
  { id: 'signin', title: '9. Sign-in timing', load: () => import('./sign-in.ts') },
  { id: 'batch', title: '10. Batch check (HR)', load: () => import('./batch.ts') },
]

function parseOptions(argv: string[]): Options & { out: string } {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: 'boolean', default: false },
      only: { type: 'string', multiple: true },
      keep: { type: 'boolean', default: false },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  })
  if (values.help) {
    process.stdout.write(`usage: npm run bench -- [--quick] [--only ${sections.map((s) => s.id).join(',')}] [--keep] [--out DIR]\n`)
    process.exit(0)
  }
  const only = values.only?.flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean) ?? null
  const unknown = only?.filter((id) => !sections.some((s) => s.id === id)) ?? []
  if (unknown.length) {
    process.stderr.write(`unknown section: ${unknown.join(', ')} (sections: ${sections.map((s) => s.id).join(', ')})\n`)
    process.exit(2)
  }
  return { quick: values.quick, only, keep: values.keep, out: path.resolve(root, values.out ?? 'bench/results') }
}

async function main() {
  const options = parseOptions(process.argv.slice(2))
  const machine = machineInfo(root)
  const ctx = new Context(root, options)
  progress(`machine: ${describeMachine(machine)}`)
  progress(`mode: ${options.quick ? 'quick' : 'full'}; corpora: ${ctx.corpora.map((c) => corpusLabels[c]).join(', ')}; temp: ${ctx.tmp}`)
  const started = performance.now()
  const reports: SectionReport[] = []
  for (const section of sections) {
    if (options.only && !options.only.includes(section.id)) continue
    progress(`── ${section.title}`)
    const t0 = performance.now()
    let result: SectionOutput
    try {
      const mod = await section.load()
      result = await mod.run(ctx)
    } catch (error) {
      result = { status: `error: ${errorMessage(error)}`, data: {}, tables: [], notes: [], errors: [errorMessage(error)] }
    }
    const report: SectionReport = { id: section.id, title: section.title, ms: performance.now() - t0, ...result }
    reports.push(report)
    progress(`   ${section.id}: ${report.status} (${formatMs(report.ms)})`)
    for (const e of report.errors) progress(`   ! ${e}`)
  }
  const totalMs = performance.now() - started
  await ctx.close()
  if (options.keep) progress(`kept ${ctx.tmp}`)

  const results = {
    machine,
    mode: options.quick ? 'quick' : 'full',
    sections: options.only ?? sections.map((s) => s.id),
    corpora: ctx.corpora,
    totalMs,
    results: Object.fromEntries(reports.map((r) => [r.id, r])),
  }
  fs.mkdirSync(options.out, { recursive: true })
  const json = `${JSON.stringify(results, null, 2)}\n`
  fs.writeFileSync(path.join(options.out, 'latest.json'), json)
  fs.writeFileSync(path.join(options.out, 'latest.md'), renderMarkdown(results, reports))
  progress(`done in ${formatMs(totalMs)}: ${path.relative(root, path.join(options.out, 'latest.md'))}, latest.json`)
  // Payload, Chromium and servers may leave handles open; the results are written.
  process.exit(0)
}

function renderMarkdown(results: { machine: ReturnType<typeof machineInfo>; mode: string; totalMs: number }, reports: SectionReport[]): string {
  const m = results.machine
  const lines = [
    '# Benchmark results',
    '',
    `Run ${m.date.slice(0, 16).replace('T', ' ')} UTC, ${results.mode} mode, ${formatMs(results.totalMs)} in all, at commit ${m.gitCommit ?? '?'}${m.gitDirty ? ' (with uncommitted changes in the tree)' : ''}.`,
    '',
    `Machine: ${describeMachine(m)}; ${m.chromium ?? 'Chromium not found'}. Absolute figures hold for this machine only; compare ratios across machines.`,
    '',
    '| section | status | time |',
    '|---|---|---|',
    ...reports.map((r) => `| ${r.title} | ${r.status.replace(/\|/g, '\\|').replace(/\n/g, ' ').slice(0, 160)} | ${formatMs(r.ms)} |`),
  ]
  for (const r of reports) {
    lines.push('', `## ${r.title}`, '')
    if (r.status !== 'ok') lines.push(`Status: ${r.status}`, '')
    for (const t of r.tables) lines.push(markdownTable(t), '')
    for (const n of r.notes) lines.push(`- ${n}`)
    if (r.errors.length) lines.push('', 'Problems:', ...r.errors.map((e) => `- ${e.replace(/\n/g, ' ').slice(0, 400)}`))
  }
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n')}\n`
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${errorMessage(error)}\n`)
  process.exit(1)
})
