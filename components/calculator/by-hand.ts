/**
 * "手工计算方法": how to count by hand, worded from the rules data in force on a day, so the
 * numbers (90/30/60, 6 a day, 5 a lecture, the pass mark…) and their citations can never
 * disagree with what the calculator applies. Pure; the page renders the items as a list.
 */
import { REGIME_SPLIT, RULES, pickPeriod, sourcesOf, sourceText, type Rule } from '../../rules/index.ts'
import { formatDate } from '../lib/format.ts'

export interface ByHandItem {
  text: string
  /** the rules the item states, for their citations (links on the page) */
  rules: Rule[]
}

const dayBefore = (day: string) => {
  const d = new Date(`${day}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() - 1)
  return d.toISOString().slice(0, 10)
}

export function byHandItems(today: string, rules: readonly Rule[] = RULES): ByHandItem[] {
  const at = (key: string, date = today) => pickPeriod(rules, key, date)
  const v = (rule: Rule | undefined, name: string) => rule?.values[name]
  const after = today < REGIME_SPLIT ? REGIME_SPLIT : today
  const items: ByHandItem[] = []

  const requirement = at('requirement')
  const oldRequirement = at('requirement', dayBefore(REGIME_SPLIT))
  if (requirement) {
    items.push({
      text: `每年要求：总计不少于${v(requirement, 'total')}学时，其中公需科目不少于${v(requirement, 'public')}学时、专业科目不少于${v(requirement, 'professional')}学时。`,
      rules: [oldRequirement, requirement].filter((r, i, all): r is Rule => r !== undefined && all.indexOf(r) === i),
    })
  }

  const regimeOld = at('regime', dayBefore(REGIME_SPLIT))
  const regimeNew = at('regime', REGIME_SPLIT)
  const topic = at('public-topic')
  if (regimeOld && regimeNew) {
    items.push({
      text: `按每项活动的日期分开：${formatDate(dayBefore(REGIME_SPLIT))}及以前按旧标准（公需学时来自当年的1个专题${topic ? `，${v(topic, 'hours')}学时` : ''}；专业学时以单位或基地认定为准）；${formatDate(REGIME_SPLIT)}起按皖人社秘〔2025〕109号。`,
      rules: [regimeNew],
    })
  }

  const exam = at('qualification-exam', after)
  const degree = at('degree', after)
  const training = at('training', after)
  const lecture = at('lecture', after)
  const courseware = at('courseware', after)
  const conversions = [
    exam && `资格考试合格${v(exam, 'hours')}学时${exam.article}`,
    degree && `取得本科及以上学历（学位）当年${v(degree, 'hours')}学时${degree.article}`,
    training && `培训每天${v(training, 'perDay')}学时${training.article}`,
    lecture && `讲课每次${v(lecture, 'perOccasion')}学时${lecture.article}`,
    courseware && `网络课件按标定学时，没有标定的每个${v(courseware, 'perCourseware')}学时${courseware.article}`,
  ].filter(Boolean)
  if (conversions.length > 0) {
    items.push({
      text: `${formatDate(REGIME_SPLIT)}起的折算：${conversions.join('；')}。`,
      rules: [exam, degree, training, lecture, courseware].filter((r): r is Rule => r !== undefined),
    })
  }

  const highest = at('highest-option', after)
  const onTop = at('courseware-on-top', after)
  if (highest) {
    items.push({
      text: `就高原则：考试、学历、培训、讲课和其他折算每年只选${v(highest, 'options')}项，取学时最高的一项，不相加。${onTop ? '本站理解：网络课件学时另外加上。' : ''}`,
      rules: [highest, ...(onTop ? [onTop] : [])],
    })
  }

  const oneAYear = at('public-topic-one-a-year')
  const passMark = at('public-topic-exam')
  if (topic && oneAYear && passMark) {
    items.push({
      text: `公需科目每年${v(oneAYear, 'topics')}个专题计${v(topic, 'hours')}学时，考试${v(passMark, 'passMark')}分及格，未合格可再考。`,
      rules: [topic, oneAYear, passMark],
    })
  }

  const substitution = at('substitution', after)
  if (substitution && requirement) {
    items.push({
      text: `${substitution.validFrom?.slice(0, 4) ?? ''}年起的考核年度，专业科目超过${v(requirement, 'professional')}学时的部分可补公需科目，反过来不行（年度划分为本站理解）。`,
      rules: [substitution],
    })
  }

  const makeUp = at('make-up')
  const cramming = at('cramming')
  if (makeUp) {
    items.push({ text: '没学够的可在下一年度补学，但不得突击完成。', rules: [makeUp, ...(cramming ? [cramming] : [])] })
  }
  return items
}

/** The citation of an item's rules, as printed after it: each place once, each with its document's name. */
export function byHandCitation(item: ByHandItem): string {
  return sourcesOf(item.rules).map(sourceText).join('；')
}
