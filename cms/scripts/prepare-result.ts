// The result of `prepare-db.ts`, passed to its caller through a file rather than standard output:
// any library may log to stdout at any moment, so a line there can never be trusted to be ours.
import fs from 'node:fs'

export interface PrepareResult {
  /** Accounts in the database (0 on a fresh install: the admin opens on "create first user"). */
  users: number
  /** Whether the site was built (undefined when no build was asked for). */
  site?: boolean
}

export const RESULT_FLAG = '--result-file'

/** The file named after --result-file, if the caller asked for one. */
export function resultFileFromArgs(argv: readonly string[]): string | undefined {
  const at = argv.indexOf(RESULT_FLAG)
  return at >= 0 ? argv[at + 1] : undefined
}

export function writePrepareResult(file: string, result: PrepareResult): void {
  fs.writeFileSync(file, JSON.stringify(result))
}

/** Reads what prepare-db wrote; a missing or unreadable file means it did not finish. */
export function readPrepareResult(file: string): PrepareResult {
  let text: string
  try {
    text = fs.readFileSync(file, 'utf8')
  } catch {
    throw new Error('数据库准备步骤没有给出结果（见上方输出）')
  }
  const parsed = JSON.parse(text) as Partial<PrepareResult>
  if (typeof parsed.users !== 'number') throw new Error('数据库准备步骤的结果无法识别')
  return { users: parsed.users, site: parsed.site }
}
