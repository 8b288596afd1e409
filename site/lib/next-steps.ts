/**
 * "What to do now" on the home page: the steps of the current study year, from the same dated
 * data as the 今年学什么 block, each step linked to the guide or FAQ that explains it. Links to
 * documents that are not published are left out, never shown broken.
 */
import { REGIME_SPLIT, RULES, pickPeriod } from '../../rules/index.ts'
import { formatDate } from '../../components/lib/format.ts'
import { paths } from '../../components/lib/paths.ts'
import type { NextStep, StepLink } from '../../components/lib/types.ts'
import type { StudyYear, StudyYearsToday } from './study-years.ts'

export interface Published {
  faqs: ReadonlySet<string>
  guides: ReadonlySet<string>
  notices: ReadonlySet<string>
}

const daysLeftText = (y: StudyYear) => (y.daysLeft === 0 ? '今天截止' : `还剩 ${y.daysLeft} 天`)

export function nextSteps(years: StudyYearsToday, published: Published): NextStep[] {
  const faq = (slug: string, label: string): StepLink[] => (published.faqs.has(slug) ? [{ href: paths.faq(slug), label }] : [])
  const guide = (slug: string, label: string): StepLink[] => (published.guides.has(slug) ? [{ href: paths.guide(slug), label }] : [])
  const notice = (slug: string, label: string): StepLink[] => (published.notices.has(slug) ? [{ href: paths.notice(slug), label }] : [])
  const topicHours = pickPeriod(RULES, 'public-topic', years.today)?.values.hours
  const passMark = pickPeriod(RULES, 'public-topic-exam', years.today)?.values.passMark
  const steps: NextStep[] = []

  for (const y of years.stillOpen) {
    steps.push({
      text: `${y.year}年度的公需科目学习截至${formatDate(y.closes)}（${daysLeftText(y)}）：还没学完的，请在截止前完成。`,
      links: [...(y.topics.length ? [{ href: paths.topicYear(y.year), label: `${y.year}年度专题` }] : []), ...(y.deadline?.notice ? notice(y.deadline.notice, '通知原文') : [])],
    })
  }

  steps.push({
    text: '用安徽政务服务网账号登录安徽省专业技术人员继续教育管理平台，第一次登录先完善个人信息。',
    links: [...guide('2021-xueyuan-denglu-baoming', '登录与报名指南'), ...faq('2021-faq-02', '如何登录管理平台'), ...guide('2021-xueyuan-denglu-yichang', '登录不了怎么办')],
  })

  const current = years.current
  steps.push(
    current.topics.length > 0
      ? {
          text: `在管理平台报名${current.year}年度的1个专题${topicHours ? `（${topicHours}学时）` : ''}，再到培训平台缴费学习${current.state === 'open' && current.closes ? `，截至${formatDate(current.closes)}` : ''}。`,
          links: [{ href: paths.topicYear(current.year), label: `${current.year}年度专题` }, ...faq('2021-faq-17', '每年报几个专题')],
        }
      : {
          text: `${current.year}年度的专题本站还没有收录：公布后在管理平台报名其中1个${topicHours ? `（每个专题${topicHours}学时）` : ''}，可在管理平台查看或拨打 0551-12333 咨询。`,
          links: [...faq('2021-faq-18', '一个专题多少学时'), ...faq('2021-faq-17', '每年报几个专题')],
        },
  )

  steps.push({
    text: `学完参加考试${passMark ? `，成绩≥${passMark}分为合格` : ''}；没有合格可以再考，通过为止。`,
    links: faq('2021-faq-16', '考试与补考'),
  })

  steps.push({
    text: '考试合格后，在管理平台“培训档案”查看和下载电子证书。',
    links: [...guide('2021-xueyuan-xuexi-zhengshu', '证书怎么下载'), ...faq('2021-faq-07', '证书在哪里打印')],
  })

  if (years.today >= REGIME_SPLIT) {
    steps.push({
      text: `${formatDate(REGIME_SPLIT)}起的学习和成果按《学时管理办法》（皖人社秘〔2025〕109号）认定，折算认定每年只选学时最高的一项。在哪里申报以所在地通知为准：芜湖市在市专技人员综合管理服务平台“学时认定申报”中申报，每年一次，提交后不能修改（芜人社秘〔2025〕85号 五（三）（四））。`,
      links: [
        ...notice('wan-ren-she-mi-2025-109', '109号全文'),
        ...faq('2025-highest-option', '每年选几项'),
        ...faq('wuhu-how-to-declare', '芜湖市怎么申报'),
        { href: paths.calculator, label: '学时计算器' },
      ],
    })
  } else {
    steps.push({
      text: '专业科目学时由单位或继续教育基地认定；算一算全年学时够不够。',
      links: [...guide('xueshi-zenme-suan', '学时怎么算'), { href: paths.calculator, label: '学时计算器' }],
    })
  }
  return steps
}
