// `npm test`: lint, type-check, then the whole Vitest suite. Stops at the first failing stage.
import { spawnSync } from 'node:child_process'

const stages: Array<[string, string[]]> = [
  ['代码检查 (eslint)', ['eslint', '--max-warnings=0', '.']],
  ['类型检查 (tsc)', ['tsc', '--noEmit', '-p', 'tsconfig.json']],
  ['测试 (vitest)', ['vitest', 'run', ...process.argv.slice(2)]],
]

for (const [label, [bin, ...args]] of stages) {
  console.log(`\n▶ ${label}`)
  const result = spawnSync(bin!, args, { stdio: 'inherit', shell: false })
  if (result.status !== 0) {
    console.error(`✗ ${label} 失败`)
    process.exit(result.status ?? 1)
  }
}
