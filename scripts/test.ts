// `npm test`: lint, type-check (tsc for .ts, astro check for .astro), then the whole Vitest suite.
// Stops at the first failing stage and ends with the plain summary line CI reads ("N passed, N failed").
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'

const report = 'test-results/vitest.json'
const stages: Array<[string, string, string[]]> = [
  ['代码检查 (eslint)', 'eslint', ['--max-warnings=0', '.']],
  ['类型检查 (tsc)', 'tsc', ['--noEmit', '-p', 'tsconfig.json']],
  // --noSync: syncing would run the content loaders, which need a running CMS; the pages type
  // their collection entries through site/lib/schemas.ts, not through the synced types.
  ['组件与页面类型检查 (astro check)', 'astro', ['check', '--noSync', '--minimumSeverity', 'warning', '--minimumFailingSeverity', 'warning']],
  ['测试 (vitest)', 'vitest', ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)]],
]

fs.rmSync(report, { force: true })
let failedStage: string | undefined
for (const [label, bin, args] of stages) {
  console.log(`\n▶ ${label}`)
  const result = spawnSync(bin, args, { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } })
  if (result.status !== 0) {
    failedStage = label
    console.error(`✗ ${label} 失败`)
    break
  }
}

const counts = fs.existsSync(report)
  ? (JSON.parse(fs.readFileSync(report, 'utf8')) as { numPassedTests: number; numFailedTests: number; numPendingTests: number })
  : undefined
const passed = counts?.numPassedTests ?? 0
const failed = (counts?.numFailedTests ?? 0) + (failedStage ? 1 : 0)
const skipped = counts?.numPendingTests ?? 0
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`)
process.exit(failedStage ? 1 : 0)
