/**
 * The command line's arguments: a command, a file, and options as `--name value` or
 * `--name=value`. Anything else is refused with a message, so a typo never passes silently.
 */
import { isRealDate } from '../dates.ts'
import type { Lang } from './render.ts'

export class BadInput extends Error {}

export const COMMANDS = ['check', 'cycle'] as const
export type Command = (typeof COMMANDS)[number]

export interface Args {
  command?: string
  file?: string
  csv: boolean
  lang: Lang
  date?: string
  help: boolean
  version: boolean
}

const OPTIONS_WITH_VALUE = ['--lang', '--date'] as const
const FLAGS = ['--help', '-h', '--version', '-v', '--csv'] as const
const aliases: Record<string, string> = { '-h': '--help', '-v': '--version' }

function setOption(args: Args, name: (typeof OPTIONS_WITH_VALUE)[number], value: string | undefined): void {
  if (name === '--lang') {
    if (value !== 'zh' && value !== 'en') throw new BadInput('--lang 须为 zh 或 en / --lang must be zh or en')
    args.lang = value
  } else {
    if (value === undefined || !isRealDate(value)) throw new BadInput('--date 须为真实日期 YYYY-MM-DD / --date must be a real date YYYY-MM-DD')
    args.date = value
  }
}

export function parseArgs(argv: readonly string[]): Args {
  const args: Args = { csv: false, lang: 'zh', help: false, version: false }
  const rest = [...argv]
  const seen = new Set<string>()
  while (rest.length > 0) {
    const a = rest.shift() as string
    const eq = a.indexOf('=')
    const name = a.startsWith('--') && eq > 0 ? a.slice(0, eq) : a
    if (name.startsWith('-') && name !== '-') {
      const key = aliases[name] ?? name
      // a second --date would otherwise silently win over the first
      if (seen.has(key)) throw new BadInput(`选项重复 / option given twice: ${key}`)
      seen.add(key)
    }
    if ((OPTIONS_WITH_VALUE as readonly string[]).includes(name)) {
      setOption(args, name as (typeof OPTIONS_WITH_VALUE)[number], name === a ? rest.shift() : a.slice(eq + 1))
    } else if (name !== a) {
      throw new BadInput(`未知选项 / unknown option: ${name}${(FLAGS as readonly string[]).includes(name) ? '（此选项不带值 / takes no value）' : ''}（--help 查看帮助 / --help for help）`)
    } else if (a === '--help' || a === '-h') args.help = true
    else if (a === '--version' || a === '-v') args.version = true
    else if (a === '--csv') args.csv = true
    else if (a.startsWith('-') && a !== '-') throw new BadInput(`未知选项 / unknown option: ${a}（--help 查看帮助 / --help for help）`)
    else if (args.command === undefined) args.command = a
    else if (args.file === undefined) args.file = a
    else throw new BadInput(`多余的参数 / unexpected argument: ${a}`)
  }
  return args
}
