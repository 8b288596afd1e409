/** The Chinese wording of every result line and validation error. */
import { activityNames, subjectNames } from '../labels.ts'
import { fmt, shown, zhDate } from './format.ts'
import type { Messages } from './word.ts'

const act = (type: keyof typeof activityNames) => activityNames[type].zh
const oneOf = (allowed: readonly string[]) => `须为以下之一：${allowed.join('、')}`

const expectations: Messages['expectations'] = {
  'json-object': '输入须为 JSON 对象',
  activity: '须为一个活动对象',
  'year-record': '须为一个年度对象',
  text: '须为文字',
  list: '须为列表',
  'list-may-be-empty': '必须填写（可为空列表）',
  'year-list': '须为年度列表',
  boolean: '须为 true 或 false',
  'level-hours': '须为对象 {level, hours}',
  purpose: '须为 title（职称申报）或 promotion（内部等级晋升）',
  'courseware-subject': '网络课件须选择申请认定为公需科目或专业科目',
  'hours-or-count': '请填写课件标定的学时（hours）或课件个数（count），二者填且只填其一',
  'hours-or-activities': '请填写已登记的学时（public 和 professional）或活动列表（activities），二者填且只填其一',
  'public-topic-subject': '公需科目专题只能认定为公需科目（可留空）',
  'professional-subject': '单位认定的专业学时只能是专业科目（可留空）',
}

export const zh: Messages = {
  lang: 'zh',
  year: {
    requirement: (p) => `${p.year}年度要求：总计不少于${p.total}学时，其中公需科目不少于${p.public}学时、专业科目不少于${p.professional}学时。`,
    'outside-year': (p, at) => `${at.path}（${act(p.type)}，${p.date}）：不在${p.year}年度内，不计入。`,
    cramming: (p, at) => `${at.path}（${act(p.type)}，${p.date}）：晚于下一年度，不能计入${p.year}年度；补学只能在下一年度，不得突击完成。`,
    'degree-year': (p, at) => `${at.path}（${act(p.type)}）：学历（学位）只在取得当年度认定，应计入${p.obtainedIn}年度。`,
    'study-window': (p, at) => `${at.path}：${p.date}完成的专题在${p.year}年度学习期限内，计入${p.year}年度。`,
    'make-up': (p, at) => `${at.path}：${p.date}的学习作为${p.year}年度的补学计入（仅限下一年度）。`,
    planned: (p, at) => `${at.path}：日期${p.date}晚于${p.asOf}，按计划计入，完成后才能认定。`,
    'topic-before-contract': (p, at) => `${at.path}（${p.title}）：${p.date} 早于合同期开始（${p.bound}）。`,
    'topic-after-contract': (p, at) => `${at.path}（${p.title}）：${p.date} 晚于合同期结束（${p.bound}），专题已不再作为公需科目。`,
    'topic-after-deadline': (p, at) => `${at.path}（${p.title}）：${p.date} 晚于学习截止日期（${p.bound}）。`,
    'old-standard-conversion': (p, at) =>
      `${at.path}（${act(p.type)}，${p.date}）：${zhDate(p.since)}前没有109号的折算标准，按旧标准由单位或基地认定；请按单位认定的学时以“${act('professional')}”填写。`,
    'old-standard-public': (p, at) =>
      `${at.path}（${act('courseware')}，${p.date}）：${zhDate(p.since)}前按旧标准，公需科目学时来自当年的全省公需科目专题，网络课件不计公需学时；学完专题的请以“${act('public-topic')}”填写。`,
    'check-document': (p, at) => `${at.path}：其他折算认定按您填写的${fmt(p.hours)}学时计算，请对照${p.source}${p.article}核实${p.note ? `（${p.note}）` : ''}。`,
    courseware: (p, at) => `${at.path}（${act('courseware')}，${subjectNames[p.subject].zh}）：${p.count === undefined
      ? `课件标定 ${fmt(p.hours)} 学时`
      : `${p.count}个课件 × ${fmt(p.rate ?? 0)}学时 = ${fmt(p.hours)}学时`}。`,
    professional: (p, at) => `${at.path}（${act('professional')}，${subjectNames[p.subject].zh}）：${fmt(p.hours)}学时。`,
    'professional-after-109': (p, at) => `${at.path}：${zhDate(p.since)}起109号没有“${act('professional')}”这一类别，已照计，请按109号的某一认定项申报。`,
    'public-topic': (p, at) => `${at.path}（公需科目专题${p.title ? `《${p.title}》` : ''}）：${p.hours}学时。`,
    'exam-failed': (p, at) => `${at.path}：考试成绩${p.score}分未达到${p.passMark}分，不计学时；可再次考试，通过为止。`,
    'extra-topic': (p, at) => `${at.path}：每年只认定${p.topics}个专题，本专题不再重复计入${p.year}年度。`,
    'highest-option': (p, at) =>
      `就高原则：本年度折算认定选择“${act(p.type)}”（${p.paths.map(at.name).join('、')}）${fmt(p.hours)}学时${p.othersDropped ? '，其他折算选项不累计' : ''}。`,
    'not-highest': (p, at) => `${p.paths.map(at.name).join('、')}（${act(p.type)}，${fmt(p.hours)}学时）：按就高原则不计入，每年只能选择一项折算认定。`,
    'courseware-on-top': () => '网络课件学时加在所选的一项折算认定之上（本站的理解）。',
    substitution: (p) => `专业科目超出${p.professionalRequired}学时的部分中，${fmt(p.moved)}学时折算为公需科目学时；公需学时不可认定为专业学时。`,
    'no-substitution': (p) => `${p.year}年度公需科目与专业科目不互相折算，多出的专业学时不能补公需学时。`,
    met: (p) => `已达到${p.year}年度要求：总计${fmt(p.total)}学时，公需${fmt(p.public)}学时，专业${fmt(p.professional)}学时。`,
    shortfall: (p) => {
      const parts = [
        p.total > 0 ? `总计还差${fmt(p.total)}学时` : '',
        p.public > 0 ? `公需科目还差${fmt(p.public)}学时` : '',
        p.professional > 0 ? `专业科目还差${fmt(p.professional)}学时` : '',
      ].filter(Boolean)
      return `未达到${p.year}年度要求：${parts.join('；')}。`
    },
    'in-progress': (p) => `截至${p.asOf}仍可补足：可在${p.makeUpYear}年度内补学${p.topicsOpenUntil ? `；${p.year}年度专题可学至${p.topicsOpenUntil}` : ''}。`,
  },
  cycle: {
    title: (p) => `职称申报：任职周期${p.fromYear}—${p.toYear}年，年度学时平均达到规定学时即可，但不得在一个年度内突击完成。`,
    promotion: (p) => `内部等级晋升：看最近${p.years}个年度（${p.fromYear}—${p.toYear}年）的学时登记，年均未达到规定学时的暂缓晋升。`,
    transfer: (p) => `自省外调入：${p.firstYear}年起按我省规定计算，此前年度不在本次核算之内。`,
    'non-socialised': (p) => `非社会化评审取得职称：学时自${p.fromYear}年度开始计算。`,
    'outside-cycle': (p) => `${p.year}年度不在${p.fromYear}—${p.toYear}年内，未计入。`,
    'missing-year': (p) => `${p.year}年度没有学时记录，按0学时计。`,
    substitution: (p) => {
      const why = [
        p.overCap > 0 ? `${fmt(p.overCap)}学时超出每年专业${p.capProfessional}学时的计入上限，折算后不少计` : '',
        p.forCycle > 0 ? `${fmt(p.forCycle)}学时用于补足周期内公需的不足，专业仍不低于年度要求` : '',
      ].filter(Boolean).join('；')
      return `${p.year}年度：专业科目超出${p.professionalRequired}学时的部分中，${fmt(p.moved)}学时折算为公需科目学时（${why}；每年公需最多计${p.capPublic}学时），按对本人最有利的方式划分。`
    },
    offset: (p) => `${p.year}年度超出年度要求的${fmt(p.hours)}学时（${[p.public > 0 ? `公需${fmt(p.public)}` : '', p.professional > 0 ? `专业${fmt(p.professional)}` : ''].filter(Boolean).join('，')}）抵补周期内其他年度的不足：按年均计算。`,
    'not-applicable': (p) => `${p.fromYear}—${p.toYear}年没有按我省规定核算的年度，无法按本省规定核算。`,
    met: ({ average: a, required: r }) => `年均${fmt(a.total)}学时（公需${fmt(a.public)}，专业${fmt(a.professional)}），达到规定学时（${r.total}学时，其中公需${r.public}、专业${r.professional}）。`,
    cramming: (p) => 'year' in p
      ? `${p.year}年度超过年度要求2倍的${[p.public > 0 ? `公需${fmt(p.public)}学时` : '', p.professional > 0 ? `专业${fmt(p.professional)}学时` : ''].filter(Boolean).join('、')}视为突击完成，不计入任职周期（每年最多计公需${p.capPublic}、专业${p.capProfessional}学时）。`
      : `不计突击部分，年均只有${fmt(p.average)}学时，未达到规定；计入突击部分年均为${fmt(p.rawAverage)}学时，但不得在一个年度内突击完成。`,
    'not-met': ({ average: a, required: r, promotion }) =>
      `年均${fmt(a.total)}学时（公需${fmt(a.public)}，专业${fmt(a.professional)}），未达到规定学时（${r.total}学时，其中公需${r.public}、专业${r.professional}）${promotion ? '，暂缓晋升' : ''}。`,
    missing: (p) => {
      const need = [p.public > 0 ? `公需科目${fmt(p.public)}学时` : '', p.professional > 0 ? `专业科目${fmt(p.professional)}学时` : ''].filter(Boolean).join('、')
      if (p.openYears.length === 0) return `周期内还差${need}；这些年度已结束（补学只能在下一年度），无法再补足。`
      const years = p.openYears.map((y) => `${y}年度`).join('、')
      return `周期内还差${need}；可计入${years}，最迟${p.until ? zhDate(p.until) : ''}前完成（下一年度补学截止）${p.enough ? '' : '；但这些年度每年最多计入年度要求的2倍，不够补足'}。`
    },
    'major-mismatch': (p) => p.met
      ? `跨专业申报：已完成所申报专业的专业科目学习${fmt(p.completed)}学时，达到${p.required}学时。`
      : `跨专业申报：所申报专业的专业科目学习须完成${p.required}学时，已完成${fmt(p.completed)}学时，还差${fmt(p.shortfall)}学时。`,
  },
  error: {
    required: (p) => (p.expect ? expectations[p.expect] : p.allowed ? oneOf(p.allowed) : '必须填写'),
    type: (p) => expectations[p.expect],
    number: (p) => `须为数字，收到 ${shown(p.got)}`,
    integer: (p) => `须为整数，收到 ${p.got}`,
    range: (p) => 'maxYears' in p
      ? `须不晚于 toYear，且周期不超过${p.maxYears}年`
      : `须${p.exclusiveMin ? `大于 ${p.min} 且不超过 ${p.max}` : `在 ${p.min} 至 ${p.max} 之间`}，收到 ${p.got}`,
    date: (p) => `须为真实存在的日期，格式 YYYY-MM-DD，收到 ${shown(p.got)}`,
    enum: (p) => (p.expect ? expectations[p.expect] : `${oneOf(p.allowed)}${'got' in p ? `，收到 ${shown(p.got)}` : ''}`),
    'one-of': (p) => expectations[p.expect],
    duplicate: (p) => `${p.year}年度重复填写`,
    unknown: (p) => `不是此处的字段（可能拼写有误，或属于别的活动类型），可用的字段：${p.allowed.join('、')}`,
  },
  expectations,
  fieldError: (path, label, detail) => `${path}（${label}）：${detail}`,
}

