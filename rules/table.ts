import type { Rule } from './types.ts'

/**
 * Every rule the calculator applies, as dated data (like GOV.UK smart-answers' rates).
 * `validFrom`/`validTo` bound the date the rule is looked up by: an activity's date, or the last
 * day of the assessment year for year-level rules. Numbers come only from the notices in
 * shared/seeds; `interpretation: true` marks the project's reading where RULES.md says so.
 */

const DOC_115 = '皖人社秘〔2021〕115号'
/** 芜人社秘〔2025〕85号 五（二）, as seed 003 prints it: the substitution the yearly and the cycle rules both apply. */
const QUOTE_85_SUBSTITUTION = '继续教育学时认定不分公需科目、专业科目，由专业技术人员按需申请认定公需科目或专业科目学时。满足专业科目学时要求的可折算公需科目学时，但公需科目学时不可认定为专业科目学时。'
const DOC_109 = '皖人社秘〔2025〕109号'
const DOC_85 = '芜人社秘〔2025〕85号'
const DOC_43 = '宜人社秘〔2023〕43号'
/** the Fuyang 2025 notice: its number is cut off in the scan */
const DOC_FUYANG = '阜阳市人社局2025年7月18日通知'
/** the 地矿局 2021 notice carries no number in the scan */
const DOC_DKJ = '省地矿局2021年5月14日通知'

const SEED_115 = '000_569366e352603f40.txt'
const SEED_43 = '001_533deba9991fd89c.txt'
const SEED_FUYANG = '002_afe276a8903514d2.txt'
const SEED_85 = '003_3189120adcd56e33.txt'
const SEED_DKJ = '004_c479a0559fbb1450.txt'

/** first day of 皖人社秘〔2025〕109号's standard (芜人社秘〔2025〕85号 五（一）) */
export const REGIME_SPLIT = '2025-06-13'

/** The rulebook's version: raise it whenever a rule, value, period or citation in this table changes. */
export const RULES_VERSION = '2026.12.2'
const OLD_LAST_DAY = '2025-06-12'

type RuleSeed = Omit<Rule, 'interpretation' | 'values'> & Partial<Pick<Rule, 'interpretation' | 'values'>>

function rule(seed: RuleSeed): Rule {
  return { interpretation: false, values: {}, ...seed }
}

export const RULES: readonly Rule[] = Object.freeze([
  rule({
    id: 'requirement-old',
    key: 'requirement',
    title: { zh: '年度学时要求（旧标准）', en: 'Yearly requirement (old standard)' },
    summary: {
      zh: '每年不少于90学时，其中公需科目不少于30学时、专业科目不少于60学时。',
      en: 'At least 90 hours a year: public at least 30, professional at least 60.',
    },
    source: DOC_43, article: '三（一）', seed: SEED_43,
    also: [
      { source: DOC_DKJ, article: '四（一）', seed: SEED_DKJ },
      { source: DOC_115, article: '五（四）（公需30、专业60）', seed: SEED_115 },
    ],
    quote: '全市专业技术人员每年接受继续教育的时间不少于90学时（其中公需课为30学时，专业课为60学时）。',
    validFrom: null, validTo: OLD_LAST_DAY,
    values: { total: 90, public: 30, professional: 60 },
  }),
  rule({
    id: 'requirement-109',
    key: 'requirement',
    title: { zh: '年度学时要求（109号）', en: 'Yearly requirement (109号)' },
    summary: {
      zh: '每年累计不少于90学时，其中专业科目不少于60学时；其余30学时为公需科目。',
      en: 'At least 90 hours a year, of which professional at least 60; the other 30 are public.',
    },
    source: DOC_85, article: '二', seed: SEED_85,
    also: [{ source: DOC_FUYANG, article: '三', seed: SEED_FUYANG }],
    quote: '专业技术人员参加继续教育学时每年度累计应不少于90学时，其中专业科目不少于60学时。',
    validFrom: REGIME_SPLIT, validTo: null,
    values: { total: 90, public: 30, professional: 60 },
  }),
  rule({
    id: 'hour-length',
    key: 'hour-length',
    title: { zh: '学时长度', en: 'Length of an hour' },
    summary: { zh: '每学时不低于45分钟。', en: 'One 学时 is at least 45 minutes.' },
    source: DOC_FUYANG, article: '三', seed: SEED_FUYANG,
    quote: '全年累计应不少于90学时（每学时不低于45分钟），其中专业科目不少于60学时。',
    validFrom: null, validTo: null,
    values: { minutes: 45 },
  }),
  rule({
    id: 'regime-old',
    key: 'regime',
    title: { zh: '2025年6月13日前：旧标准', en: 'Before 13 June 2025: old standard' },
    summary: {
      zh: '2025年6月13日之前符合学时认定的，按皖人发〔2001〕30号执行：公需学时来自当年全省专题，专业学时由单位或基地认定，二者不互相折算。',
      en: 'Activities before 13 June 2025 follow 皖人发〔2001〕30号: public hours come from the year’s provincial topic, professional hours are recognised by the unit or base, and neither substitutes for the other.',
    },
    source: DOC_85, article: '五（一）', seed: SEED_85,
    quote: '2025年6月13日之前符合学时认定的，认定标准按照《安徽省专业技术人员继续教育实施意见》（皖人发〔2001〕30号）执行；2025年6月13日起符合学时认定的，认定标准按照《学时管理办法》执行。',
    validFrom: null, validTo: OLD_LAST_DAY,
  }),
  rule({
    id: 'regime-109',
    key: 'regime',
    title: { zh: '2025年6月13日起：109号', en: 'From 13 June 2025: 109号' },
    summary: {
      zh: '2025年6月13日起符合学时认定的，按《学时管理办法》（皖人社秘〔2025〕109号）执行。',
      en: 'Activities from 13 June 2025 follow the hour management measures (皖人社秘〔2025〕109号).',
    },
    source: DOC_85, article: '五（一）', seed: SEED_85,
    quote: '2025年6月13日之前符合学时认定的，认定标准按照《安徽省专业技术人员继续教育实施意见》（皖人发〔2001〕30号）执行；2025年6月13日起符合学时认定的，认定标准按照《学时管理办法》执行。',
    validFrom: REGIME_SPLIT, validTo: null,
  }),
  rule({
    id: 'public-topic',
    key: 'public-topic',
    title: { zh: '公需科目专题', en: 'Public-subject topic' },
    summary: { zh: '任选1个专题学满即认定30学时。', en: 'Completing one topic counts 30 hours.' },
    source: DOC_115, article: '三；附件2 十八', seed: SEED_115,
    quote: '专业技术人员可任选其中1个专题学满30学时，即可认定完成当年的公需科目学习。',
    validFrom: null, validTo: null,
    values: { hours: 30 },
  }),
  rule({
    id: 'public-topic-one-a-year',
    key: 'public-topic-one-a-year',
    title: { zh: '每年一个专题', en: 'One topic a year' },
    summary: {
      zh: '每年须完成1个专题（30学时）；同一年度多学的专题不另计。',
      en: 'One topic (30 hours) a year; further topics in the same year do not count again.',
    },
    source: DOC_115, article: '附件2 十七', seed: SEED_115,
    quote: '专业技术人员每年须完成公需科目学习不少于30学时（1个专题），因故未及时参加学习的，可顺延至下一年度补学，但不得在一个年度内突击完成所需学时。',
    validFrom: null, validTo: null,
    values: { topics: 1 },
  }),
  rule({
    id: 'public-topic-exam',
    key: 'public-topic-exam',
    title: { zh: '专题考试合格', en: 'Topic exam pass mark' },
    summary: {
      zh: '成绩≥60分为合格；未合格可再次考试，通过为止。',
      en: 'A score of 60 or more passes; retakes are allowed until passed.',
    },
    source: DOC_115, article: '附件2 十六', seed: SEED_115,
    quote: '成绩≥60分为合格，如考试成绩没有达到60分，可再次考试，通过为止，考试通过后不能再考。',
    validFrom: null, validTo: null,
    values: { passMark: 60 },
  }),
  rule({
    id: 'topic-contract',
    key: 'topic-contract',
    title: { zh: '专题合同期', en: 'Topic contract window' },
    summary: {
      zh: '专题合同到期后不再作为公需科目。',
      en: 'A topic stops counting when its contract with the province ends.',
    },
    source: DOC_115, article: '三', seed: SEED_115,
    quote: '2020年3月，省人力资源社会保障厅公开征集确定的5个专题合同已到期，自今年4月起不再作为我省继续教育公需科目。',
    validFrom: null, validTo: null,
  }),
  rule({
    id: 'study-window-2020',
    key: 'study-window:2020',
    title: { zh: '2020年度专题学习截止', en: '2020 topics: study window' },
    summary: {
      zh: '2020年3月确定的专题自2021年4月起不再作为公需科目，按学至2021年3月31日理解。',
      en: 'The topics chosen in March 2020 stopped counting from April 2021: read as study until 31 March 2021.',
    },
    source: DOC_115, article: '三', seed: SEED_115,
    quote: '2020年3月，省人力资源社会保障厅公开征集确定的5个专题合同已到期，自今年4月起不再作为我省继续教育公需科目。',
    validFrom: '2020-01-01', validTo: '2021-03-31', interpretation: true,
  }),
  rule({
    id: 'study-window-2022',
    key: 'study-window:2022',
    title: { zh: '2022年度专题学习截止', en: '2022 topics: study window' },
    summary: {
      zh: '2022年度的7个专题自2023年4月1日起不再作为公需科目，按学至2023年3月31日理解。',
      en: 'The seven 2022 topics stopped counting from 1 April 2023: read as study until 31 March 2023.',
    },
    source: DOC_43, article: '二（一）', seed: SEED_43,
    quote: '省人社厅2022年度公开征集确定的7个专题，合同已到期，自今年4月1日起不再作为我市继续教育公需科目。',
    validFrom: '2022-01-01', validTo: '2023-03-31', interpretation: true,
  }),
  rule({
    id: 'study-window-2023',
    key: 'study-window:2023',
    title: { zh: '2023年度公需科目学习截止', en: '2023 public subjects: study window' },
    summary: {
      zh: '2023年度公需科目学习时间截至2024年3月31日。',
      en: 'Study for the 2023 public subjects closes on 31 March 2024.',
    },
    source: DOC_43, article: '二（一）', seed: SEED_43,
    quote: '2023年度专业技术人员继续教育公需科目学习时间截至2024年3月31日。',
    validFrom: '2023-01-01', validTo: '2024-03-31',
  }),
  rule({
    id: 'study-window-2024',
    key: 'study-window:2024',
    title: { zh: '2024年度专题学习截止', en: '2024 topics: study window' },
    summary: {
      zh: '2024年5月确定的专题自2025年6月1日起不再作为公需科目，按学至2025年5月31日理解。',
      en: 'The topics chosen in May 2024 stopped counting from 1 June 2025: read as study until 31 May 2025.',
    },
    source: DOC_FUYANG, article: '三', seed: SEED_FUYANG,
    quote: '省人力资源社会保障厅于2024年5月公开征集确定的专题、继续教育学习平台，合同已到期，自今年6月1日起不再作为我省继续教育公需科目、继续教育学习平台。',
    validFrom: '2024-01-01', validTo: '2025-05-31', interpretation: true,
  }),
  rule({
    id: 'study-window-2025',
    key: 'study-window:2025',
    title: { zh: '2025年度公需科目学习截止', en: '2025 public subjects: study window' },
    summary: {
      zh: '2025年度全省公需科目学习时间截至2026年5月31日。',
      en: 'Study for the 2025 public subjects closes on 31 May 2026.',
    },
    source: DOC_FUYANG, article: '末段', seed: SEED_FUYANG,
    quote: '2025年度全省专业技术人员继续教育公需科目学习时间截至2026年5月31日。',
    validFrom: '2025-01-01', validTo: '2026-05-31',
  }),
  rule({
    id: 'professional-old',
    key: 'professional',
    title: { zh: '单位认定的专业学时（旧标准）', en: 'Professional hours recognised by the unit (old standard)' },
    summary: {
      zh: '2025年6月13日前的专业科目学时由单位或基地按旧标准认定，按认定学时计入专业科目。',
      en: 'Professional hours before 13 June 2025 are those the unit or base recognised under the old standard.',
    },
    source: DOC_85, article: '五（一）', seed: SEED_85,
    quote: '2025年6月13日之前符合学时认定的，认定标准按照《安徽省专业技术人员继续教育实施意见》（皖人发〔2001〕30号）执行；2025年6月13日起符合学时认定的，认定标准按照《学时管理办法》执行。',
    validFrom: null, validTo: OLD_LAST_DAY,
  }),
  rule({
    id: 'professional-after-109',
    key: 'professional',
    title: { zh: '2025年6月13日后的“单位认定学时”', en: '“Unit-recognised hours” after 13 June 2025' },
    summary: {
      zh: '109号没有这一类别：本计算器照计，但应改按109号的某一认定项申报。',
      en: '109号 has no such category: counted here, but it should be declared under one of 109号’s items.',
    },
    source: DOC_85, article: '五（一）', seed: SEED_85,
    validFrom: REGIME_SPLIT, validTo: null, interpretation: true,
  }),
  rule({
    id: 'conversion-exam',
    key: 'qualification-exam',
    title: { zh: '资格考试合格', en: 'Qualification exam passed' },
    summary: {
      zh: '专业技术资格、执（职）业资格准入和职业水平考试合格，凭资格证书认定90学时。',
      en: 'Passing a professional-qualification, practising-qualification or vocational-level exam counts 90 hours.',
    },
    source: DOC_109, article: '（八）', seed: SEED_FUYANG,
    quote: '专业技术人员参加各类专业技术资格、执（职）业资格准入和职业水平考试合格者，凭资格证书，可认定90学时。',
    validFrom: REGIME_SPLIT, validTo: null,
    values: { hours: 90 },
  }),
  rule({
    id: 'conversion-degree',
    key: 'degree',
    title: { zh: '学历（学位）教育', en: 'Degree obtained' },
    summary: {
      zh: '获得国家承认的本科及以上学历（学位）当年度认定90学时。',
      en: 'A state-recognised bachelor’s degree or higher counts 90 hours in the year obtained.',
    },
    source: DOC_109, article: '（九）', seed: SEED_FUYANG,
    quote: '专业技术人员参加国家教育行政部门承认的本科及以上学历（学位）教育，获得学历（学位）当年度可认定90学时。',
    validFrom: REGIME_SPLIT, validTo: null,
    values: { hours: 90 },
  }),
  rule({
    id: 'conversion-training',
    key: 'training',
    title: { zh: '培训、研修或进修', en: 'Training, 研修 or 进修' },
    summary: { zh: '每天认定6学时。', en: '6 hours per day.' },
    source: DOC_109, article: '（十）', seed: SEED_FUYANG,
    quote: '专业技术人员参加由各级组织部门、人力资源社会保障部门、行业主管部门举办、批准的培训班、研修班学习，每天可认定6学时；参加所在行业系统和单位组织的培训班、研修班或者进修班学习，每天可认定6学时。',
    validFrom: REGIME_SPLIT, validTo: null,
    values: { perDay: 6 },
  }),
  rule({
    id: 'conversion-lecture',
    key: 'lecture',
    title: { zh: '教学授课', en: 'Lecturing' },
    summary: {
      zh: '经单位批准应邀讲授专业课程、学术报告或讲座，每次认定5学时。',
      en: 'An approved professional course, academic report or talk counts 5 hours each time.',
    },
    source: DOC_109, article: '（十一）', seed: SEED_FUYANG,
    quote: '经单位批准，专业技术人员应邀讲授专业课程、学术报告或讲座，每次可认定5学时。',
    validFrom: REGIME_SPLIT, validTo: null,
    values: { perOccasion: 5 },
  }),
  rule({
    id: 'conversion-courseware',
    key: 'courseware',
    title: { zh: '网络课件', en: 'Online courseware' },
    summary: {
      zh: '按课件标定的学时认定；没有明确学时的，每课件1学时。',
      en: 'The hours the courseware states; 1 hour per courseware where it states none.',
    },
    source: DOC_109, article: '（十二）', seed: SEED_FUYANG,
    quote: '按课件标定的学时数进行认定；没有明确学时数的课件，按每课件1学时认定。',
    validFrom: REGIME_SPLIT, validTo: null,
    values: { perCourseware: 1 },
  }),
  rule({
    id: 'conversion-other',
    key: 'other-conversion',
    title: { zh: '其他折算认定（论文、著作、课题、奖项、专利等）', en: 'Other conversion (papers, books, projects, awards, patents…)' },
    summary: {
      zh: '109号第（一）至（七）项的学时在扫描件中缺失：按本人填写的学时计，请对照109号原文核实。',
      en: 'Items (一)–(七) of 109号 are cut off in the scan: the hours you enter are used; check them against the text of 109号.',
    },
    source: DOC_109, article: '（一）至（七）', seed: SEED_FUYANG,
    validFrom: REGIME_SPLIT, validTo: null,
  }),
  rule({
    id: 'highest-option',
    key: 'highest-option',
    title: { zh: '就高原则', en: 'Highest option only (就高原则)' },
    summary: {
      zh: '学时折算认定每年只能选择一项，取认定学时最高的一项，不重复累计。',
      en: 'One conversion option a year, the one giving the most hours; options are not added up.',
    },
    source: DOC_109, article: '第二十二条前一条（条号扫描缺失）第4项', seed: SEED_FUYANG,
    also: [{ source: DOC_85, article: '五（三）', seed: SEED_85 }],
    quote: '继续教育学时认定采取就高原则，由专业技术人员自行选择学时认定最高的选项，每个年度认定仅能选择一项，不重复累计认定。',
    validFrom: REGIME_SPLIT, validTo: null,
    values: { options: 1 },
  }),
  rule({
    id: 'courseware-on-top',
    key: 'courseware-on-top',
    title: { zh: '网络课件与折算认定合并计算', en: 'Courseware adds to the chosen conversion' },
    summary: {
      zh: '2025年公需学时可折算认定、线上学习或二者结合：网络课件学时加在所选的一项折算认定之上。',
      en: 'Public hours may come from conversion, online learning or both: courseware hours add to the one chosen conversion option.',
    },
    source: DOC_FUYANG, article: '五', seed: SEED_FUYANG,
    validFrom: REGIME_SPLIT, validTo: null, interpretation: true,
  }),
  rule({
    id: 'substitution',
    key: 'substitution',
    title: { zh: '专业学时折算公需学时', en: 'Surplus professional hours count as public' },
    summary: {
      zh: '满足专业科目要求后多出的专业学时可折算公需学时；公需学时不可认定为专业学时。按考核年度自2025年起适用。',
      en: 'Professional hours above the professional requirement may count as public hours, never the reverse; applied to assessment years from 2025.',
    },
    source: DOC_85, article: '五（二）', seed: SEED_85,
    quote: QUOTE_85_SUBSTITUTION,
    validFrom: '2025-01-01', validTo: null, interpretation: true,
  }),
  rule({
    id: 'planned',
    key: 'planned',
    title: { zh: '尚未完成的学习', en: 'Activities not yet done' },
    summary: {
      zh: '日期晚于核对日的活动按计划计入，以便预览；学时要在完成后申报，经单位公示、审核确认才认定。',
      en: 'Activities dated after the day of the check are counted as planned, for a preview; hours are recognised only once done, declared, published by the unit and confirmed.',
    },
    source: DOC_85, article: '五（四）', seed: SEED_85,
    quote: '学时认定材料需要所在单位按规定进行公示，并按流程审核确认。',
    validFrom: null, validTo: null, interpretation: true,
  }),
  rule({
    id: 'make-up',
    key: 'make-up',
    title: { zh: '顺延至下一年度补学', en: 'Make-up in the following year' },
    summary: {
      zh: '因故未及时学习的，可顺延至下一年度补学。',
      en: 'Hours missed may be made up in the following year.',
    },
    source: DOC_115, article: '五（四）；附件2 十七', seed: SEED_115,
    quote: '专业技术人员每年须完成公需科目学习不少于30学时，因故未及时参加学习的，可顺延至下一年度补学，但不得在一个年度内突击完成所需学时。',
    validFrom: null, validTo: null,
  }),
  rule({
    id: 'outside-year',
    key: 'outside-year',
    title: { zh: '考核年度以外的日期', en: 'Dates outside the assessment year' },
    summary: {
      zh: '学习窗口内的专题和下一年度的补学计入本年度；其他日期不计入，并提示。',
      en: 'A topic within the study window, or a make-up in the following year, counts; any other date is not counted and is reported.',
    },
    source: DOC_115, article: '五（四）', seed: SEED_115,
    validFrom: null, validTo: null, interpretation: true,
  }),
  rule({
    id: 'cramming',
    key: 'cramming',
    title: { zh: '不得突击完成', en: 'No cramming' },
    summary: {
      zh: '不得在一个年度内突击完成所需学时；一项学习只计入本年度，或作为上一年度的补学。',
      en: 'Hours may not be crammed into one year; an activity counts for its own year, or as a make-up of the year before.',
    },
    source: DOC_115, article: '五（四）', seed: SEED_115,
    quote: '专业技术人员每年须完成公需科目学习不少于30学时，因故未及时参加学习的，可顺延至下一年度补学，但不得在一个年度内突击完成所需学时。',
    validFrom: null, validTo: null, interpretation: true,
  }),
  rule({
    id: 'cycle-title',
    key: 'cycle-title',
    title: { zh: '职称申报：任职周期年均学时', en: 'Title application: tenure-cycle average' },
    summary: {
      zh: '申报职称的最近一个任职周期内，年度学时平均达到规定学时即可，但不得在一个年度内突击完成。',
      en: 'Over the latest tenure cycle the yearly average must meet the requirement, without cramming into one year.',
    },
    source: DOC_43, article: '四（三）', seed: SEED_43,
    also: [{ source: DOC_DKJ, article: '五（四）', seed: SEED_DKJ }],
    quote: '专业技术人员在申报职称的最近一个任职周期内，年度继续教育学时平均达到规定学时（90学时，其中公需课目30学时，专业科目60学时）即可，但不得在一个年度内突击完成最近一个任职周期内所需学时。',
    validFrom: null, validTo: null,
  }),
  rule({
    id: 'cycle-cramming',
    key: 'cycle-cramming',
    title: { zh: '任职周期内的突击学时', en: 'Crammed hours within a cycle' },
    summary: {
      zh: '一个年度计入任职周期的学时最多为年度要求的2倍（总计180学时，其中公需60、专业120）；超出部分视为突击完成，不计入。',
      en: 'One year carries at most twice the yearly requirement toward the cycle (180 in total: public 60, professional 120); hours above that are crammed and not counted.',
    },
    source: DOC_43, article: '四（三）', seed: SEED_43,
    also: [{ source: DOC_DKJ, article: '五（四）', seed: SEED_DKJ }, { source: DOC_115, article: '五（四）', seed: SEED_115 }],
    quote: '但不得在一个年度内突击完成最近一个任职周期内所需学时。',
    validFrom: null, validTo: null, interpretation: true,
    values: { times: 2 },
  }),
  rule({
    id: 'cycle-substitution',
    key: 'cycle-substitution',
    title: { zh: '任职周期内专业学时折算公需学时的划分', en: 'How surplus professional hours are split over a cycle' },
    summary: {
      zh: '2025年起的年度，按对本人最有利的方式划分：先把超出每年专业120学时计入上限的部分折算为公需（每年公需最多计60）；周期公需仍不足而专业有余时，再折算多出的专业学时，但每年专业不少于60学时。公需学时不折算为专业学时。',
      en: 'Years from 2025 are split as is most favourable to the person: professional hours above the yearly cap of 120 count as public first (public at most 60 a year); while the cycle still lacks public hours and has professional to spare, more surplus counts as public, never leaving a year below 60 professional. Public hours never count as professional.',
    },
    source: DOC_85, article: '五（二）', seed: SEED_85,
    quote: QUOTE_85_SUBSTITUTION,
    validFrom: '2025-01-01', validTo: null, interpretation: true,
  }),
  rule({
    id: 'cycle-promotion',
    key: 'cycle-promotion',
    title: { zh: '内部等级晋升：最近3个年度', en: 'Internal promotion: the last three years' },
    summary: {
      zh: '内部等级晋升时提供最近3个年度学时登记情况，年均未达到规定学时的暂缓晋升。',
      en: 'Internal promotion looks at the last three years; an average below the requirement postpones promotion.',
    },
    source: DOC_DKJ, article: '五（四）', seed: SEED_DKJ,
    quote: '继续实行“专业技术人员内部等级晋升时，提供最近3个年度继续教育学时登记情况，年度继续教育学时平均未达到规定学时暂缓晋升”的要求。',
    validFrom: null, validTo: null,
    values: { years: 3 },
  }),
  rule({
    id: 'major-mismatch',
    key: 'major-mismatch',
    title: { zh: '跨专业申报职称的专业科目学习', en: 'Title outside one’s degree major' },
    summary: {
      zh: '学历专业与申报职称专业不一致或不相近的，需完成所申报专业的专业科目学习：高级400、中级200、初级100学时。',
      en: 'Applying outside one’s degree major requires professional study in that major: 400 / 200 / 100 hours for senior / intermediate / junior titles.',
    },
    source: DOC_DKJ, article: '五（二）', seed: SEED_DKJ,
    quote: '需要参加所申报专业（或相近专业）继续教育专业科目学习的（申报高、中、初级职称需分别完成400、200、100学时）',
    validFrom: null, validTo: null,
    values: { senior: 400, intermediate: 200, junior: 100 },
  }),
  rule({
    id: 'transfer',
    key: 'transfer',
    title: { zh: '自省外调入', en: 'Transfer from outside Anhui' },
    summary: {
      zh: '自省外调入的，从调入当年起按我省继续教育政策执行（109号第十四条：从调入之日起）。',
      en: 'People transferred from outside Anhui follow Anhui’s rules from the year of transfer (109号 art. 14: from the day of transfer).',
    },
    source: DOC_115, article: '附件2 二十', seed: SEED_115,
    quote: '自省外调入的专业技术人员，从其调入后当年按照我省继续教育政策执行。',
    validFrom: null, validTo: null,
  }),
  rule({
    id: 'non-socialised',
    key: 'non-socialised',
    title: { zh: '非社会化评审取得职称', en: 'Title from non-socialised review' },
    summary: {
      zh: '通过非社会化评审取得职称、申报社会化评审的，学时自2018年度开始计算。',
      en: 'For a title from non-socialised review applying for socialised review, hours count from 2018.',
    },
    source: DOC_115, article: '附件2 二十一', seed: SEED_115,
    quote: '对通过非社会化评审取得职称的，在申报社会化评审时，继续教育学时自2018年度开始计算。',
    validFrom: null, validTo: null,
    values: { fromYear: 2018 },
  }),
])
