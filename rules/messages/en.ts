/** The English wording of every result line and validation error. */
import { activityNames, subjectNames } from '../labels.ts'
import { enDate, fmt, shown } from './format.ts'
import type { Messages } from './word.ts'

const act = (type: keyof typeof activityNames) => activityNames[type].en
const numberWords = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']
const inWords = (n: number) => numberWords[n] ?? String(n)

const expectations: Messages['expectations'] = {
  'json-object': 'input must be a JSON object',
  activity: 'must be an activity object',
  'year-record': 'must be a year object',
  text: 'must be text',
  list: 'must be a list',
  'list-may-be-empty': 'is required (may be an empty list)',
  'year-list': 'must be a list of years',
  boolean: 'must be true or false',
  'level-hours': 'must be an object {level, hours}',
  purpose: 'must be title or promotion',
  'courseware-subject': 'courseware needs a subject: public or professional',
  'hours-or-count': 'give either the hours the courseware states (hours) or the number of courseware (count), not both',
  'hours-or-activities': 'give either the registered hours (public and professional) or the activities, not both',
  'public-topic-subject': 'a public-subject topic can only be public (or leave it empty)',
  'professional-subject': 'unit-recognised professional hours can only be professional (or leave it empty)',
}

export const en: Messages = {
  lang: 'en',
  year: {
    requirement: (p) => `${p.year} requirement: at least ${p.total} hours, public at least ${p.public}, professional at least ${p.professional}.`,
    'outside-year': (p, at) => `${at.path} (${act(p.type)}, ${p.date}): not in ${p.year}, not counted.`,
    cramming: (p, at) => `${at.path} (${act(p.type)}, ${p.date}): later than the following year, so it cannot count for ${p.year}; make-up is allowed in the following year only.`,
    'degree-year': (p, at) => `${at.path} (${act(p.type)}): a degree counts only in the year obtained, ${p.obtainedIn}.`,
    'study-window': (p, at) => `${at.path}: a topic finished on ${p.date} is within the ${p.year} study window and counts for ${p.year}.`,
    'make-up': (p, at) => `${at.path}: ${p.date} counts as a make-up for ${p.year} (following year only).`,
    planned: (p, at) => `${at.path}: ${p.date} is after ${p.asOf}; counted as planned, recognised only once done.`,
    'topic-before-contract': (p, at) => `${at.path} (${p.title}): ${p.date} is before the contract started (${p.bound}).`,
    'topic-after-contract': (p, at) => `${at.path} (${p.title}): ${p.date} is after the contract ended (${p.bound}); the topic no longer counts.`,
    'topic-after-deadline': (p, at) => `${at.path} (${p.title}): ${p.date} is after the study deadline (${p.bound}).`,
    'old-standard-conversion': (p, at) =>
      `${at.path} (${act(p.type)}, ${p.date}): before ${enDate(p.since)} there is no 109号 conversion; the unit or base recognised it under the old standard, so enter the hours it recognised as “${act('professional')}”.`,
    'old-standard-public': (p, at) =>
      `${at.path} (${act('courseware')}, ${p.date}): before ${enDate(p.since)}, under the old standard, public hours come from the year’s provincial topic and courseware earns no public hours; if you finished the topic, enter it as “${act('public-topic')}”.`,
    'check-document': (p, at) => `${at.path}: other conversion uses the ${fmt(p.hours)} hours you entered; check them against ${p.source} ${p.article}${p.note ? ` (${p.note})` : ''}.`,
    courseware: (p, at) => `${at.path} (${act('courseware')}, ${subjectNames[p.subject].en}): ${p.count === undefined
      ? `${fmt(p.hours)} hours as the courseware states`
      : `${p.count} courseware × ${fmt(p.rate ?? 0)} = ${fmt(p.hours)} hours`}.`,
    professional: (p, at) => `${at.path} (${act('professional')}, ${subjectNames[p.subject].en}): ${fmt(p.hours)} hours.`,
    'professional-after-109': (p, at) => `${at.path}: from ${enDate(p.since)} 109号 has no “${act('professional')}” category; counted, but declare it under one of 109号’s items.`,
    'public-topic': (p, at) => `${at.path} (public topic${p.title ? ` “${p.title}”` : ''}): ${p.hours} hours.`,
    'exam-failed': (p, at) => `${at.path}: a score of ${p.score} is below ${p.passMark}, so no hours; retake until passed.`,
    'extra-topic': (p, at) => `${at.path}: only ${inWords(p.topics)} topic${p.topics === 1 ? '' : 's'} a year ${p.topics === 1 ? 'is' : 'are'} recognised; this one does not count again for ${p.year}.`,
    'highest-option': (p, at) =>
      `Highest option: this year’s conversion is “${act(p.type)}” (${p.paths.map(at.name).join(', ')}), ${fmt(p.hours)} hours${p.othersDropped ? '; other conversion options are not added' : ''}.`,
    'not-highest': (p, at) => `${p.paths.map(at.name).join(', ')} (${act(p.type)}, ${fmt(p.hours)} hours): not counted under the highest-option rule; one conversion a year.`,
    'courseware-on-top': () => 'Courseware hours add to the chosen conversion option (this site’s reading).',
    substitution: (p) => `${fmt(p.moved)} surplus professional hours count as public hours; public hours never count as professional.`,
    'no-substitution': (p) => `In ${p.year} public and professional hours do not substitute for each other.`,
    met: (p) => `${p.year} requirement met: ${fmt(p.total)} hours, public ${fmt(p.public)}, professional ${fmt(p.professional)}.`,
    shortfall: (p) => {
      const parts = [
        p.total > 0 ? `${fmt(p.total)} hours short in total` : '',
        p.public > 0 ? `${fmt(p.public)} public hours short` : '',
        p.professional > 0 ? `${fmt(p.professional)} professional hours short` : '',
      ].filter(Boolean)
      return `${p.year} requirement not met: ${parts.join('; ')}.`
    },
    'in-progress': (p) => `As of ${p.asOf} this can still be completed: make-up is possible during ${p.makeUpYear}${p.topicsOpenUntil ? `; the ${p.year} topics are open until ${p.topicsOpenUntil}` : ''}.`,
  },
  cycle: {
    title: (p) => `Title application: over the tenure cycle ${p.fromYear}–${p.toYear} the yearly average must meet the requirement, without cramming.`,
    promotion: (p) => `Internal promotion: the last ${inWords(p.years)} years (${p.fromYear}–${p.toYear}); an average below the requirement postpones promotion.`,
    transfer: (p) => `Transferred from outside Anhui: Anhui rules apply from ${p.firstYear}; earlier years are not assessed here.`,
    'non-socialised': (p) => `Title from non-socialised review: hours count from ${p.fromYear}.`,
    'outside-cycle': (p) => `${p.year} is outside ${p.fromYear}–${p.toYear} and not counted.`,
    'missing-year': (p) => `No record for ${p.year}; counted as 0 hours.`,
    substitution: (p) => {
      const why = [
        p.overCap > 0 ? `${fmt(p.overCap)} above the yearly professional cap of ${p.capProfessional}, which would not count otherwise` : '',
        p.forCycle > 0 ? `${fmt(p.forCycle)} to make up the cycle's public hours, professional staying at or above the requirement` : '',
      ].filter(Boolean).join('; ')
      return `${p.year}: of the professional hours above ${p.professionalRequired}, ${fmt(p.moved)} count as public hours (${why}; public at most ${p.capPublic} a year), split as is most favourable to the person.`
    },
    offset: (p) => `${fmt(p.hours)} hours of ${p.year} above the yearly requirement (${[p.public > 0 ? `public ${fmt(p.public)}` : '', p.professional > 0 ? `professional ${fmt(p.professional)}` : ''].filter(Boolean).join(', ')}) offset shortfalls of other years: the test is the average.`,
    'not-applicable': (p) => `No year in ${p.fromYear}–${p.toYear} falls under Anhui’s rules, so there is nothing to assess here.`,
    met: ({ average: a, required: r }) => `Average ${fmt(a.total)} hours (public ${fmt(a.public)}, professional ${fmt(a.professional)}): the requirement (${r.total}: public ${r.public}, professional ${r.professional}) is met.`,
    cramming: (p) => 'year' in p
      ? `${p.year}: ${[p.public > 0 ? `public ${fmt(p.public)}` : '', p.professional > 0 ? `professional ${fmt(p.professional)}` : ''].filter(Boolean).join(' and ')} hours above twice the yearly requirement are crammed and not counted (at most public ${p.capPublic}, professional ${p.capProfessional} a year).`
      : `Without the crammed hours the average is only ${fmt(p.average)}, below the requirement; with them it would be ${fmt(p.rawAverage)}, but hours may not be crammed into one year.`,
    'not-met': ({ average: a, required: r, promotion }) =>
      `Average ${fmt(a.total)} hours (public ${fmt(a.public)}, professional ${fmt(a.professional)}): the requirement (${r.total}: public ${r.public}, professional ${r.professional}) is not met${promotion ? '; promotion is postponed' : ''}.`,
    missing: (p) => {
      const need = [p.public > 0 ? `public ${fmt(p.public)}` : '', p.professional > 0 ? `professional ${fmt(p.professional)}` : ''].filter(Boolean).join(' and ')
      if (p.openYears.length === 0) return `The cycle still lacks ${need} hours; its years are closed (make-up only in the following year), so it can no longer be completed.`
      return `The cycle still lacks ${need} hours; they can count for ${p.openYears.join(', ')}, at the latest by ${p.until ? enDate(p.until) : ''} (end of the make-up year)${p.enough ? '' : '; but each year counts at most twice the requirement, which is not enough'}.`
    },
    'major-mismatch': (p) => p.met
      ? `Outside the degree major: ${fmt(p.completed)} hours of study in the applied major meet the ${p.required} required.`
      : `Outside the degree major: ${p.required} hours of study in the applied major are required; ${fmt(p.completed)} done, ${fmt(p.shortfall)} short.`,
  },
  error: {
    required: (p) => (p.expect ? expectations[p.expect] : p.allowed ? `must be one of ${p.allowed.join(', ')}` : 'is required'),
    type: (p) => expectations[p.expect],
    number: (p) => `must be a number, got ${shown(p.got)}`,
    integer: (p) => `must be a whole number, got ${p.got}`,
    range: (p) => 'maxYears' in p
      ? `must not be after toYear, and the cycle at most ${p.maxYears} years`
      : `must be ${p.exclusiveMin ? `more than ${p.min} and at most ${p.max}` : `between ${p.min} and ${p.max}`}, got ${p.got}`,
    date: (p) => `must be a real date as YYYY-MM-DD, got ${shown(p.got)}`,
    enum: (p) => (p.expect ? expectations[p.expect] : `must be one of ${p.allowed.join(', ')}${'got' in p ? `, got ${shown(p.got)}` : ''}`),
    'one-of': (p) => expectations[p.expect],
    duplicate: (p) => `${p.year} is given twice`,
    unknown: (p) => `is not a field here; allowed: ${p.allowed.join(', ')}`,
  },
  expectations,
  fieldError: (path, label, detail) => `${path} (${label}): ${detail}`,
}

