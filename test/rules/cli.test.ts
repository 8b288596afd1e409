/** The command-line contract of RULES.md §5, run as HR staff would run it. */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { projectRoot } from '../../paths.ts'

const main = join(projectRoot, 'rules', 'cli', 'main.ts')
const dir = mkdtempSync(join(tmpdir(), 'hours-cli-'))

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [main, ...args], { input, encoding: 'utf8' })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

function file(name: string, content: string): string {
  const path = join(dir, name)
  writeFileSync(path, content)
  return path
}

describe('hours check', () => {
  it('exit 0 when met, one JSON object with the contract fields', () => {
    const r = run(['check', file('met.json', JSON.stringify({ year: 2026, activities: [{ type: 'qualification-exam', date: '2026-03-01' }] })), '--date', '2026-12-01'])
    expect(r.code).toBe(0)
    const out = JSON.parse(r.stdout)
    expect(out).toMatchObject({ year: 2026, total: 90, public: 30, professional: 60, met: true,
      required: { total: 90, public: 30, professional: 60 }, shortfall: { total: 0, public: 0, professional: 0 } })
    expect(out.rules[0]).toHaveProperty('id')
    expect(out.rules[0]).toHaveProperty('source')
    expect(out.explanations[0].text).toMatch(/学时/)
  })
  it('exit 1 when not met; reads standard input with -; --lang en', () => {
    const r = run(['check', '-', '--lang', 'en', '--date', '2028-01-01'], JSON.stringify({ year: 2026, activities: [{ type: 'training', days: 3, date: '2026-06-20' }] }))
    expect(r.code).toBe(1)
    const out = JSON.parse(r.stdout)
    expect(out.shortfall).toEqual({ total: 72, public: 30, professional: 42 })
    expect(out.explanations.at(-1).text).toMatch(/not met/)
  })
  it('a shortfall in hundredths is written without float noise (60 − 59.7 is 0.3, not 0.29999999999999716)', () => {
    const courseware = (hours: number) => ({ type: 'courseware', subject: 'professional', hours, date: '2026-05-01' })
    const r = run(['check', '-', '--date', '2026-12-01'], JSON.stringify({ year: 2026, activities: [{ type: 'public-topic', date: '2026-04-10' }, courseware(0.1), courseware(0.2), courseware(59.4)] }))
    expect(r.code).toBe(1)
    expect(r.stdout).toContain('"professional": 0.3\n')
    expect(JSON.parse(r.stdout).shortfall).toEqual({ total: 0.3, public: 0, professional: 0.3 })
  })
  it('exit 2 on bad input: the field named on standard error, nothing on standard output', () => {
    const r = run(['check', '-'], JSON.stringify({ year: 2026, activities: [{}, {}, { type: 'training', days: -1, date: '2026-01-01' }] }))
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toContain('activities[2].days')
  })
  it('exit 2 on invalid JSON and on a missing file', () => {
    expect(run(['check', '-'], '{ year: ').code).toBe(2)
    const missing = run(['check', join(dir, 'nope.json')])
    expect(missing.code).toBe(2)
    expect(missing.stdout).toBe('')
  })
  it('--help in Chinese and English', () => {
    const r = run(['--help'])
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('用法')
    expect(r.stdout).toContain('Usage')
  })
})

describe('hours check --csv', () => {
  const csv = '\ufeffname,year,type,date,hours,days,count,subject\r\n'
    + '张三,2026,qualification-exam,2026-03-01,,,,\r\n'
    + '"李四",2026,training,2026-06-20,,3,,\r\n'
    + '王五,2026,training,2026-06-20,,-2,,\r\n'
    + '王五,2026,courseware,2026-07-01,abc,,,public\r\n'
    + '张三,2025,public-topic,2025-09-01,,,,\r\n'

  it('one row per person and year, a per-row error column, and exit 1 when anyone falls short', () => {
    const r = run(['check', '--csv', file('staff.csv', csv), '--date', '2028-01-01'])
    expect(r.code).toBe(1)
    const lines = r.stdout.replace(/^\ufeff/, '').trimEnd().split('\r\n')
    expect(lines[0]).toBe('name,id,year,total,public,professional,met,shortfall_total,shortfall_public,shortfall_professional,error,notes')
    expect(lines[1]).toBe('张三,,2026,90,30,60,true,0,0,0,,')
    expect(lines[2]).toBe('李四,,2026,18,0,18,false,72,30,42,,')
    expect(lines[3]).toMatch(/^王五,,2026,,,,,,,,/)
    expect(lines[3]).toContain('第4行')
    expect(lines[3]).toContain('第5行')
    expect(lines[4]).toMatch(/^张三,,2025,30,30,0,false/)
  })
  it('two people of the same name are told apart by the id column, kept as text for Excel; ignored columns are noted', () => {
    const input = '姓名,工号,年度,类型,日期,成绩\r\n张三,340101199001010011,2026,资格考试,2026-03-01,85\r\n张三,0012,2026,学历,2026-07-01,\r\n'
    const r = run(['check', '--csv', '-', '--date', '2027-01-01'], input)
    expect(r.code).toBe(0)
    const lines = r.stdout.replace(/^\ufeff/, '').trimEnd().split('\r\n')
    expect(lines[1]).toBe('张三,\t340101199001010011,2026,90,30,60,true,0,0,0,,第2行「成绩」列：资格考试合格不使用此列，已忽略（85）')
    expect(lines[2]).toBe('张三,\t0012,2026,90,30,60,true,0,0,0,,')
  })
  it('exit 0 when everyone meets the requirement', () => {
    const r = run(['check', '--csv', '-', '--date', '2027-01-01'], 'name,year,type,date,hours,days,count,subject\n张三,2026,degree,2026-07-01,,,,\n')
    expect(r.code).toBe(0)
  })
  it('exit 2 when the header is wrong', () => {
    const r = run(['check', '--csv', '-'], 'name,year\nx,2026\n')
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toContain('type')
  })
})

describe('hours cycle', () => {
  const y = (year: number, pub: number, pro: number) => ({ year, public: pub, professional: pro })
  it('exit 0 for a met tenure cycle', () => {
    const r = run(['cycle', '-'], JSON.stringify({ purpose: 'title', fromYear: 2021, toYear: 2023, years: [y(2021, 30, 60), y(2022, 30, 60), y(2023, 30, 60)] }))
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout)).toMatchObject({ outcome: 'met', average: { total: 90 } })
  })
  it('exit 1 for cramming', () => {
    const r = run(['cycle', '-'], JSON.stringify({ purpose: 'title', fromYear: 2021, toYear: 2023, years: [y(2021, 0, 0), y(2022, 0, 0), y(2023, 90, 180)] }))
    expect(r.code).toBe(1)
    expect(JSON.parse(r.stdout).outcome).toBe('cramming')
  })
  it('exit 2 naming the field', () => {
    const r = run(['cycle', '-'], JSON.stringify({ purpose: 'title', toYear: 2023, years: [] }))
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('fromYear')
  })
})

describe('arguments (issue 15)', () => {
  const met = JSON.stringify({ year: 2026, activities: [{ type: 'qualification-exam', date: '2026-03-01' }] })
  it('no command: the help on standard error, nothing on standard output, exit 2', () => {
    const r = run([])
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toContain('用法')
  })
  it('--version prints the rulebook version on standard output, exit 0', () => {
    const r = run(['--version'])
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/^hours \d{4}\.\d+\.\d+\n$/)
  })
  it('--date=YYYY-MM-DD and --lang=en are accepted like --date YYYY-MM-DD', () => {
    const a = run(['check', '-', '--date=2026-12-01', '--lang=en'], met)
    const b = run(['check', '-', '--date', '2026-12-01', '--lang', 'en'], met)
    expect(a.code).toBe(0)
    expect(a.stdout).toBe(b.stdout)
    expect(JSON.parse(a.stdout).asOf).toBe('2026-12-01')
  })
  it('refuses an unknown flag, a bad --date= and a value on a flag, naming it', () => {
    for (const [args, named] of [[['check', '-', '--dry-run'], '--dry-run'], [['check', '-', '--date=2026-02-30'], '--date'], [['check', '-', '--csv=yes'], '--csv']] as const) {
      const r = run([...args], met)
      expect(r.code, args.join(' ')).toBe(2)
      expect(r.stdout).toBe('')
      expect(r.stderr).toContain(named)
    }
  })
  it('a repeated option is refused naming it, whichever spelling (--date A --date=B, -h --help)', () => {
    for (const args of [['--date', '2026-01-01', '--date', '2026-02-01'], ['--date=2026-01-01', '--date', '2026-02-01'], ['--lang', 'zh', '--lang=en'], ['--csv', '--csv'], ['-h', '--help']]) {
      const r = run(['check', '-', ...args], '{}')
      expect(r.code, args.join(' ')).toBe(2)
      expect(r.stdout).toBe('')
      expect(r.stderr).toContain(`option given twice: ${args[0]!.startsWith('-h') ? '--help' : args[0]!.split('=')[0]}`)
    }
  })
  it('cycle --csv is refused, not silently ignored', () => {
    const r = run(['cycle', '--csv', '-'], '{}')
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toContain('--csv')
  })
})

describe('fields that do not belong are refused (exit 2, the field named)', () => {
  const cases: [string, string[], unknown, string][] = [
    ['a score on a qualification exam', ['check', '-'], { year: 2026, activities: [{ type: 'qualification-exam', date: '2026-03-01', score: 80 }] }, 'activities[0].score'],
    ['a subject on unit-recognised hours', ['check', '-'], { year: 2024, activities: [{ type: 'professional', hours: 60, date: '2024-03-01', subject: 'public' }] }, 'activities[0].subject'],
    ['a field unknown at the top', ['check', '-'], { year: 2026, activites: [], activities: [] }, 'activites'],
    ['pubilc in a cycle year', ['cycle', '-'], { purpose: 'title', fromYear: 2024, toYear: 2025, years: [{ year: 2024, pubilc: 30, professional: 60 }, { year: 2025, public: 30, professional: 60 }] }, 'years[0].pubilc'],
    ['a field unknown in majorMismatch', ['cycle', '-'], { purpose: 'title', fromYear: 2025, toYear: 2025, years: [], majorMismatch: { level: 'senior', hours: 1, major: 'x' } }, 'majorMismatch.major'],
  ]
  for (const [name, args, input, path] of cases) {
    it(name, () => {
      const r = run(args, JSON.stringify(input))
      expect(r.code).toBe(2)
      expect(r.stdout).toBe('')
      expect(r.stderr).toContain(path)
      expect(r.stderr).toContain('不是此处的字段')
    })
  }
})
