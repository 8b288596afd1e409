/**
 * The hour calculator on the command line, for unit HR staff (RULES.md §5).
 * Exit 0 met, 1 not met, 2 bad input (message on stderr naming the field, nothing on stdout).
 */
import { readFileSync } from 'node:fs'
import { evaluateCycle } from '../check-cycle.ts'
import { evaluateYear } from '../check-year.ts'
import { todayInChina } from '../dates.ts'
import { RULES, RULES_VERSION } from '../table.ts'
import type { Validated } from '../types.ts'
import { validateCycleInput } from '../validate-cycle.ts'
import { validateYearInput } from '../validate.ts'
import { BadInput, parseArgs } from './args.ts'
import { checkCsv } from './csv-check.ts'
import { HELP } from './help.ts'
import { messagesFor, renderCycle, renderErrors, renderYear, type Lang } from './render.ts'

function readInput(file: string | undefined, lang: Lang): string {
  return readBytes(file, lang).toString('utf8')
}

/** The file's bytes: a CSV may be GBK, which only the batch parser decodes. */
function readBytes(file: string | undefined, lang: Lang): Buffer {
  if (file === undefined) throw new BadInput(lang === 'zh' ? '缺少输入文件（或用 - 表示标准输入）' : 'missing input file (or - for standard input)')
  try {
    return readFileSync(file === '-' ? 0 : file)
  } catch (err) {
    throw new BadInput(lang === 'zh' ? `无法读取输入 ${file}：${(err as Error).message}` : `cannot read input ${file}: ${(err as Error).message}`)
  }
}

function parseJson(text: string, lang: Lang): unknown {
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)
  } catch (err) {
    throw new BadInput(lang === 'zh' ? `(root)：输入不是有效的 JSON：${(err as Error).message}` : `(root): input is not valid JSON: ${(err as Error).message}`)
  }
}

function validOrThrow<T>(v: Validated<T>, lang: Lang): T {
  if (!v.ok) throw new BadInput(renderErrors(v.errors, messagesFor(lang)))
  return v.value
}

function run(argv: string[]): number {
  const args = parseArgs(argv)
  if (args.help) {
    process.stdout.write(HELP)
    return 0
  }
  if (args.version) {
    process.stdout.write(`hours ${RULES_VERSION}\n`)
    return 0
  }
  if (args.command === undefined) {
    // a usage error: the help goes to standard error, standard output stays empty
    process.stderr.write(HELP)
    return 2
  }
  const asOf = args.date ?? todayInChina(new Date())
  const lang = args.lang
  if (args.command === 'check' && args.csv) {
    const r = checkCsv(readBytes(args.file, lang), asOf, RULES, lang)
    if (!r.ok) throw new BadInput(r.message)
    process.stdout.write(r.csv)
    return r.allMet ? 0 : 1
  }
  if (args.command === 'check') {
    const input = validOrThrow(validateYearInput(parseJson(readInput(args.file, lang), lang)), lang)
    const result = evaluateYear(input, asOf, RULES)
    process.stdout.write(JSON.stringify(renderYear(result, messagesFor(lang)), null, 2) + '\n')
    return result.met ? 0 : 1
  }
  if (args.command === 'cycle' && args.csv) {
    throw new BadInput(lang === 'zh' ? 'cycle 不支持 --csv：多年度核对只读 JSON（--csv 只用于 check）' : 'cycle does not take --csv: the multi-year check reads JSON only (--csv is for check)')
  }
  if (args.command === 'cycle') {
    const input = validOrThrow(validateCycleInput(parseJson(readInput(args.file, lang), lang)), lang)
    const result = evaluateCycle(input, asOf, RULES)
    process.stdout.write(JSON.stringify(renderCycle(result, messagesFor(lang)), null, 2) + '\n')
    return result.met ? 0 : 1
  }
  throw new BadInput(lang === 'zh' ? `未知命令：${args.command}（可用 check、cycle；--help 查看帮助）` : `unknown command: ${args.command} (use check or cycle; --help for help)`)
}

try {
  process.exitCode = run(process.argv.slice(2))
} catch (err) {
  if (!(err instanceof BadInput)) throw err
  process.stderr.write(err.message + '\n')
  process.exitCode = 2
}
