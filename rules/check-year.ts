import { activityNames, subjectNames } from './activity-names.ts'
import { activityHours, isConversionOption } from './conversion.ts'
import { yearEnd } from './dates.ts'
import { conversionOptions, pickHighest, type ConversionEntry } from './highest-option.ts'
import { fmt, line } from './lines.ts'
import { applied, pickPeriod, requirePeriod, ruleValue } from './period.ts'
import { selectTopic, type TopicEntry } from './public-topic.ts'
import { regimeOf } from './regime.ts'
import { meets, requirementFor, shortfallOf } from './requirement.ts'
import { openUntil, studyDeadline, placeActivity } from './study-window.ts'
import { substitute } from './substitution.ts'
import { findTopic, topicDateProblems } from './topic-date.ts'
import type { Activity, ActivityOutcome, Line, Rule, TopicInfo, YearInput, YearResult } from './types.ts'

/**
 * What one activity is worth before the yearly rules (one topic, 就高原则, substitution). The rate
 * shown is read back from the hours the dated rule gave, so the text never states a rate of its own.
 */
function describeHours(a: Activity, hours: number): { zh: string; en: string } {
  const rate = (quantity: number | undefined) => fmt(quantity ? hours / quantity : 0)
  switch (a.type) {
    case 'training':
      return { zh: `${a.days}天 × ${rate(a.days)}学时 = ${fmt(hours)}学时`, en: `${a.days} days × ${rate(a.days)} = ${fmt(hours)} hours` }
    case 'lecture':
      return { zh: `${a.count}次 × ${rate(a.count)}学时 = ${fmt(hours)}学时`, en: `${a.count} × ${rate(a.count)} = ${fmt(hours)} hours` }
    case 'courseware':
      return a.hours !== undefined
        ? { zh: `课件标定 ${fmt(hours)} 学时`, en: `${fmt(hours)} hours as the courseware states` }
        : { zh: `${a.count}个课件 × ${rate(a.count)}学时 = ${fmt(hours)}学时`, en: `${a.count} courseware × ${rate(a.count)} = ${fmt(hours)} hours` }
    default:
      return { zh: `${fmt(hours)}学时`, en: `${fmt(hours)} hours` }
  }
}

interface Collector {
  explanations: Line[]
  warnings: Line[]
  used: Set<string>
}

/**
 * The yearly check, on validated input. Pure: the date of the check and the dated rules are
 * arguments. Policy lives in the small rule modules; this only composes them.
 */
export function evaluateYear(input: YearInput, asOf: string, rules: readonly Rule[], topics: readonly TopicInfo[] = []): YearResult {
  const { year } = input
  const c: Collector = { explanations: [], warnings: [], used: new Set() }
  const explain = (rule: Rule, code: string, zh: string, en: string, path?: string) => {
    c.used.add(rule.id)
    c.explanations.push(line(rule, code, zh, en, path))
  }
  const warn = (rule: Rule, code: string, zh: string, en: string, path?: string) => {
    c.used.add(rule.id)
    c.warnings.push(line(rule, code, zh, en, path))
  }

  const { required, rule: requirementRule } = requirementFor(year, rules)
  explain(requirementRule, 'requirement',
    `${year}年度要求：总计不少于${required.total}学时，其中公需科目不少于${required.public}学时、专业科目不少于${required.professional}学时。`,
    `${year} requirement: at least ${required.total} hours, public at least ${required.public}, professional at least ${required.professional}.`)

  const outcomes: ActivityOutcome[] = []
  const topicEntries: TopicEntry[] = []
  const conversions: ConversionEntry[] = []
  const hoursByPath = new Map<string, number>()

  input.activities.forEach((a, i) => {
    const path = `activities[${i}]`
    const name = activityNames[a.type]
    const { placement, rule: placeRule } = placeActivity(a.type, a.date, year, rules)
    const { regime, rule: regimeRule } = regimeOf(a.date, rules)
    const subject = a.type === 'public-topic' ? 'public' : a.type === 'professional' ? 'professional' : (a.subject ?? 'professional')
    const outcome: ActivityOutcome = { path, type: a.type, placement, regime, hours: 0, subject, counted: false }
    outcomes.push(outcome)

    if (placement === 'outside') {
      const code = placeRule.id === 'cramming' ? 'cramming' : 'outside-year'
      warn(placeRule, code,
        code === 'cramming'
          ? `${path}（${name.zh}，${a.date}）：晚于下一年度，不能计入${year}年度；补学只能在下一年度，不得突击完成。`
          : `${path}（${name.zh}，${a.date}）：不在${year}年度内，不计入。`,
        code === 'cramming'
          ? `${path} (${name.en}, ${a.date}): later than the following year, so it cannot count for ${year}; make-up is allowed in the following year only.`
          : `${path} (${name.en}, ${a.date}): not in ${year}, not counted.`,
        path)
      return
    }
    if (placement === 'make-up' && a.type === 'degree') {
      const degreeRule = pickPeriod(rules, 'degree', a.date) ?? placeRule
      warn(degreeRule, 'degree-year', `${path}（${name.zh}）：学历（学位）只在取得当年度认定，应计入${a.date.slice(0, 4)}年度。`,
        `${path} (${name.en}): a degree counts only in the year obtained, ${a.date.slice(0, 4)}.`, path)
      return
    }
    if (placement === 'study-window') {
      explain(placeRule, 'study-window', `${path}：${a.date}完成的专题在${year}年度学习期限内，计入${year}年度。`,
        `${path}: a topic finished on ${a.date} is within the ${year} study window and counts for ${year}.`, path)
    }
    if (placement === 'make-up') {
      explain(placeRule, 'make-up', `${path}：${a.date}的学习作为${year}年度的补学计入（仅限下一年度）。`,
        `${path}: ${a.date} counts as a make-up for ${year} (following year only).`, path)
    }
    if (a.date > asOf) {
      warn(regimeRule, 'planned', `${path}：日期${a.date}晚于${asOf}，按计划计入，完成后才能认定。`,
        `${path}: ${a.date} is after ${asOf}; counted as planned, recognised only once done.`, path)
    }

    if (a.type === 'public-topic') {
      const topic = findTopic(topics, year, a.topic)
      if (topic) {
        const contract = requirePeriod(rules, 'topic-contract', a.date)
        for (const problem of topicDateProblems(topic, a.date)) {
          const zh = { 'before-contract': `早于合同期开始（${topic.contractStart}）`, 'after-contract': `晚于合同期结束（${topic.contractEnd}），专题已不再作为公需科目`, 'after-deadline': `晚于学习截止日期（${topic.studyDeadline}）` }[problem]
          const en = { 'before-contract': `before the contract started (${topic.contractStart})`, 'after-contract': `after the contract ended (${topic.contractEnd}); the topic no longer counts`, 'after-deadline': `after the study deadline (${topic.studyDeadline})` }[problem]
          warn(contract, `topic-${problem}`, `${path}（${topic.title}）：${a.date} ${zh}。`, `${path} (${topic.title}): ${a.date} is ${en}.`, path)
        }
      }
      topicEntries.push({ path, activity: a })
      return
    }

    const rule = pickPeriod(rules, a.type, a.date)
    if (!rule) {
      warn(regimeRule, 'old-standard-conversion',
        `${path}（${name.zh}，${a.date}）：2025年6月13日前没有109号的折算标准，按旧标准由单位或基地认定；请按单位认定的学时以“${activityNames.professional.zh}”填写。`,
        `${path} (${name.en}, ${a.date}): before 13 June 2025 there is no 109号 conversion; the unit or base recognised it under the old standard, so enter the hours it recognised as “${activityNames.professional.en}”.`,
        path)
      return
    }
    const hours = activityHours(a, rule)
    const h = describeHours(a, hours)
    c.used.add(rule.id)
    hoursByPath.set(path, hours)
    if (isConversionOption(a.type)) {
      conversions.push({ path, type: a.type, date: a.date, hours, subject })
      if (a.type === 'other-conversion') {
        warn(rule, 'check-document', `${path}：其他折算认定按您填写的${fmt(hours)}学时计算，请对照${rule.source}${rule.article}核实${a.note ? `（${a.note}）` : ''}。`,
          `${path}: other conversion uses the ${fmt(hours)} hours you entered; check them against ${rule.source} ${rule.article}${a.note ? ` (${a.note})` : ''}.`, path)
      }
      return
    }
    outcome.counted = true
    outcome.hours = hours
    explain(rule, a.type, `${path}（${name.zh}，${subjectNames[subject].zh}）：${h.zh}。`, `${path} (${name.en}, ${subjectNames[subject].en}): ${h.en}.`, path)
    if (rule.id === 'professional-after-109') {
      warn(rule, 'professional-after-109', `${path}：2025年6月13日起109号没有“${activityNames.professional.zh}”这一类别，已照计，请按109号的某一认定项申报。`,
        `${path}: from 13 June 2025 109号 has no “${activityNames.professional.en}” category; counted, but declare it under one of 109号’s items.`, path)
    }
  })

  const outcomeOf = (path: string) => outcomes.find((o) => o.path === path)
  if (topicEntries.length > 0) {
    const topicRule = requirePeriod(rules, 'public-topic', yearEnd(year))
    const examRule = requirePeriod(rules, 'public-topic-exam', yearEnd(year))
    const oneRule = requirePeriod(rules, 'public-topic-one-a-year', yearEnd(year))
    const { counted, failed, extra } = selectTopic(topicEntries, examRule)
    if (counted) {
      const o = outcomeOf(counted.path)
      const hours = activityHours(counted.activity, topicRule)
      if (o) Object.assign(o, { counted: true, hours })
      explain(topicRule, 'public-topic', `${counted.path}（公需科目专题${counted.activity.topic ? `《${counted.activity.topic}》` : ''}）：${hours}学时。`,
        `${counted.path} (public topic${counted.activity.topic ? ` “${counted.activity.topic}”` : ''}): ${hours} hours.`, counted.path)
    }
    for (const f of failed) {
      const passMark = ruleValue(examRule, 'passMark')
      warn(examRule, 'exam-failed', `${f.path}：考试成绩${f.activity.score}分未达到${passMark}分，不计学时；可再次考试，通过为止。`,
        `${f.path}: a score of ${f.activity.score} is below ${passMark}, so no hours; retake until passed.`, f.path)
    }
    for (const x of extra) {
      warn(oneRule, 'extra-topic', `${x.path}：每年只认定1个专题，本专题不再重复计入${year}年度。`,
        `${x.path}: only one topic a year is recognised; this one does not count again for ${year}.`, x.path)
    }
  }

  if (conversions.length > 0) {
    const latest = conversions.reduce((d, e) => (e.date > d ? e.date : d), conversions[0]?.date ?? '')
    const highestRule = requirePeriod(rules, 'highest-option', latest)
    const { chosen, dropped } = pickHighest(conversionOptions(conversions))
    if (chosen) {
      for (const p of chosen.paths) {
        const o = outcomeOf(p)
        if (o) Object.assign(o, { counted: true, hours: hoursByPath.get(p) ?? 0 })
      }
      const name = activityNames[chosen.type]
      explain(highestRule, 'highest-option',
        `就高原则：本年度折算认定选择“${name.zh}”（${chosen.paths.join('、')}）${fmt(chosen.hours)}学时${dropped.length ? '，其他折算选项不累计' : ''}。`,
        `Highest option: this year’s conversion is “${name.en}” (${chosen.paths.join(', ')}), ${fmt(chosen.hours)} hours${dropped.length ? '; other conversion options are not added' : ''}.`)
      for (const d of dropped) {
        warn(highestRule, 'not-highest', `${d.paths.join('、')}（${activityNames[d.type].zh}，${fmt(d.hours)}学时）：按就高原则不计入，每年只能选择一项折算认定。`,
          `${d.paths.join(', ')} (${activityNames[d.type].en}, ${fmt(d.hours)} hours): not counted under the highest-option rule; one conversion a year.`, d.paths[0])
      }
      const courseware = outcomes.some((o) => o.type === 'courseware' && o.counted)
      const onTop = pickPeriod(rules, 'courseware-on-top', latest)
      if (courseware && onTop) {
        explain(onTop, 'courseware-on-top', '网络课件学时加在所选的一项折算认定之上（本站的理解）。',
          'Courseware hours add to the chosen conversion option (this site’s reading).')
      }
    }
  }

  const counted = outcomes.filter((o) => o.counted)
  const raw = {
    public: counted.filter((o) => o.subject === 'public').reduce((s, o) => s + o.hours, 0),
    professional: counted.filter((o) => o.subject === 'professional').reduce((s, o) => s + o.hours, 0),
  }
  const substitutionRule = pickPeriod(rules, 'substitution', yearEnd(year))
  const sub = substitute(raw, required, substitutionRule !== undefined)
  if (substitutionRule && sub.moved > 0) {
    explain(substitutionRule, 'substitution', `专业科目超出${required.professional}学时的部分中，${fmt(sub.moved)}学时折算为公需科目学时；公需学时不可认定为专业学时。`,
      `${fmt(sub.moved)} surplus professional hours count as public hours; public hours never count as professional.`)
  } else if (!substitutionRule && raw.public < required.public && raw.professional > required.professional) {
    const old = requirePeriod(rules, 'regime', yearEnd(Math.min(year, 2024)))
    explain(old, 'no-substitution', `${year}年度公需科目与专业科目不互相折算，多出的专业学时不能补公需学时。`,
      `In ${year} public and professional hours do not substitute for each other.`)
  }

  const got = { total: round(sub.public + sub.professional), public: round(sub.public), professional: round(sub.professional) }
  const shortfall = shortfallOf(got, required)
  const met = meets(got, required)
  const until = openUntil(year, rules)
  const outcome = met ? 'met' : asOf <= until ? 'in-progress' : 'not-met'

  if (met) {
    explain(requirementRule, 'met', `已达到${year}年度要求：总计${fmt(got.total)}学时，公需${fmt(got.public)}学时，专业${fmt(got.professional)}学时。`,
      `${year} requirement met: ${fmt(got.total)} hours, public ${fmt(got.public)}, professional ${fmt(got.professional)}.`)
  } else {
    const parts: [string, string][] = []
    if (shortfall.total > 0) parts.push([`总计还差${fmt(shortfall.total)}学时`, `${fmt(shortfall.total)} hours short in total`])
    if (shortfall.public > 0) parts.push([`公需科目还差${fmt(shortfall.public)}学时`, `${fmt(shortfall.public)} public hours short`])
    if (shortfall.professional > 0) parts.push([`专业科目还差${fmt(shortfall.professional)}学时`, `${fmt(shortfall.professional)} professional hours short`])
    explain(requirementRule, 'shortfall', `未达到${year}年度要求：${parts.map((p) => p[0]).join('；')}。`,
      `${year} requirement not met: ${parts.map((p) => p[1]).join('; ')}.`)
    if (outcome === 'in-progress') {
      const makeUp = requirePeriod(rules, 'make-up', asOf)
      const deadline = studyDeadline(year, rules)
      explain(makeUp, 'in-progress',
        `截至${asOf}仍可补足：可在${year + 1}年度内补学${deadline && asOf <= deadline ? `；${year}年度专题可学至${deadline}` : ''}。`,
        `As of ${asOf} this can still be completed: make-up is possible during ${year + 1}${deadline && asOf <= deadline ? `; the ${year} topics are open until ${deadline}` : ''}.`)
    }
  }

  return {
    year,
    asOf,
    total: got.total,
    public: got.public,
    professional: got.professional,
    required,
    shortfall,
    met,
    outcome,
    substituted: round(sub.moved),
    openUntil: until,
    activities: outcomes,
    rules: rules.filter((r) => c.used.has(r.id)).map(applied),
    explanations: c.explanations,
    warnings: c.warnings,
  }
}

function round(n: number): number {
  return Math.round(n * 100) / 100
}
