import { titleLevels } from './types.ts'
import type { CycleInput, CycleYearRecord, TitleLevel, Validated } from './types.ts'
import { Issues, isRecord, readActivities, readNumber, readYear } from './validate.ts'

const RECORDED = { integer: false, min: 0, max: 2000 }
const MAX_CYCLE_YEARS = 10

function readRecord(raw: unknown, path: string, issues: Issues): CycleYearRecord | undefined {
  if (!isRecord(raw)) {
    issues.add(path, 'type', '须为一个年度对象', 'must be a year object')
    return undefined
  }
  const year = readYear(raw.year, `${path}.year`, issues)
  const hasHours = raw.public !== undefined || raw.professional !== undefined
  if (hasHours === (raw.activities !== undefined)) {
    issues.add(`${path}.activities`, 'one-of', '请填写已登记的学时（public 和 professional）或活动列表（activities），二者填且只填其一',
      'give either the registered hours (public and professional) or the activities, not both')
    return undefined
  }
  if (year === undefined) return undefined
  if (raw.activities !== undefined) {
    const activities = readActivities(raw.activities, `${path}.activities`, issues)
    return activities ? { year, activities } : undefined
  }
  const pub = raw.public === undefined ? (issues.add(`${path}.public`, 'required', '必须填写', 'is required'), undefined) : readNumber(raw.public, `${path}.public`, RECORDED, issues)
  const pro = raw.professional === undefined ? (issues.add(`${path}.professional`, 'required', '必须填写', 'is required'), undefined) : readNumber(raw.professional, `${path}.professional`, RECORDED, issues)
  return pub === undefined || pro === undefined ? undefined : { year, public: pub, professional: pro }
}

/** Checks a multi-year input (see rules/README.md); every error names its field path. */
export function validateCycleInput(input: unknown): Validated<CycleInput> {
  const issues = new Issues()
  if (!isRecord(input)) {
    issues.add('(root)', 'type', '输入须为 JSON 对象', 'input must be a JSON object')
    return { ok: false, errors: issues.list }
  }
  const purpose = input.purpose
  if (purpose !== 'title' && purpose !== 'promotion') {
    issues.add('purpose', purpose === undefined ? 'required' : 'enum', '须为 title（职称申报）或 promotion（内部等级晋升）', 'must be title or promotion')
  }
  const toYear = readYear(input.toYear, 'toYear', issues)
  let fromYear: number | undefined
  if (purpose === 'title') {
    fromYear = readYear(input.fromYear, 'fromYear', issues)
    if (fromYear !== undefined && toYear !== undefined && (fromYear > toYear || toYear - fromYear >= MAX_CYCLE_YEARS)) {
      issues.add('fromYear', 'range', `须不晚于 toYear，且周期不超过${MAX_CYCLE_YEARS}年`, `must not be after toYear, and the cycle at most ${MAX_CYCLE_YEARS} years`)
      fromYear = undefined
    }
  }
  let years: CycleYearRecord[] | undefined
  if (!Array.isArray(input.years)) {
    issues.add('years', input.years === undefined ? 'required' : 'type', '须为年度列表', 'must be a list of years')
  } else {
    const list = input.years.map((raw, i) => readRecord(raw, `years[${i}]`, issues))
    const seen = new Set<number>()
    list.forEach((r, i) => {
      if (!r) return
      if (seen.has(r.year)) issues.add(`years[${i}].year`, 'duplicate', `${r.year}年度重复填写`, `${r.year} is given twice`)
      seen.add(r.year)
    })
    if (list.every((r) => r !== undefined)) years = list as CycleYearRecord[]
  }
  const transferYear = input.transferYear === undefined ? undefined : readYear(input.transferYear, 'transferYear', issues)
  if (input.nonSocialisedTitle !== undefined && typeof input.nonSocialisedTitle !== 'boolean') {
    issues.add('nonSocialisedTitle', 'type', '须为 true 或 false', 'must be true or false')
  }
  let majorMismatch: CycleInput['majorMismatch']
  if (input.majorMismatch !== undefined) {
    const m = input.majorMismatch
    if (!isRecord(m)) {
      issues.add('majorMismatch', 'type', '须为对象 {level, hours}', 'must be an object {level, hours}')
    } else {
      const levelOk = typeof m.level === 'string' && (titleLevels as readonly string[]).includes(m.level)
      if (!levelOk) issues.add('majorMismatch.level', m.level === undefined ? 'required' : 'enum', `须为以下之一：${titleLevels.join('、')}`, `must be one of ${titleLevels.join(', ')}`)
      const hours = m.hours === undefined
        ? (issues.add('majorMismatch.hours', 'required', '必须填写', 'is required'), undefined)
        : readNumber(m.hours, 'majorMismatch.hours', RECORDED, issues)
      if (levelOk && hours !== undefined) majorMismatch = { level: m.level as TitleLevel, hours }
    }
  }
  if (issues.list.length > 0 || toYear === undefined || years === undefined) return { ok: false, errors: issues.list }
  const value: CycleInput = { purpose: purpose as CycleInput['purpose'], toYear, years }
  if (fromYear !== undefined) value.fromYear = fromYear
  if (transferYear !== undefined) value.transferYear = transferYear
  if (input.nonSocialisedTitle === true) value.nonSocialisedTitle = true
  if (majorMismatch) value.majorMismatch = majorMismatch
  return { ok: true, value }
}
