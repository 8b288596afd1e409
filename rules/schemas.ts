/**
 * The JSON Schemas (draft 2020-12) of the yearly and multi-year inputs, built from the same field
 * table the validators use (input-fields.ts), so the published schemas and the command line's
 * checks agree. Published by the site as /schemas/year-input.json and /schemas/cycle-input.json.
 * What a schema cannot say is in its `description`: real calendar dates, one record per year,
 * fromYear not after toYear and a cycle of at most 10 years.
 */
import {
  activityFieldsOf, activityShape, MAX_CYCLE_YEARS, quantitySpecs, RECORDED, YEAR,
  type NumberSpec, type QuantityField,
} from './input-fields.ts'
import { activityNames, fieldLabel } from './labels.ts'
import { activityTypes, subjects, titleLevels, type ActivityType } from './types.ts'

type Schema = Record<string, unknown>

const DRAFT = 'https://json-schema.org/draft/2020-12/schema'

function numberSchema(spec: NumberSpec, description?: string): Schema {
  return {
    type: spec.integer ? 'integer' : 'number',
    ...(spec.exclusiveMin ? { exclusiveMinimum: spec.min } : { minimum: spec.min }),
    maximum: spec.max,
    ...(description ? { description } : {}),
  }
}

const label = (field: string) => fieldLabel(field)?.zh

function fieldSchema(field: string, type: ActivityType): Schema {
  if (field === 'type') return { const: type }
  if (field === 'date') return { $ref: '#/$defs/date' }
  if (field === 'subject') return { enum: [...subjects], description: '申请认定为公需科目（public）或专业科目（professional）' }
  if (field in quantitySpecs) return numberSchema(quantitySpecs[field as QuantityField], label(field))
  return { type: 'string', ...(label(field) ? { description: label(field) } : {}) }
}

function activitySchema(type: ActivityType): Schema {
  const shape = activityShape[type]
  const properties = Object.fromEntries(activityFieldsOf(type).map((f) => [f, fieldSchema(f, type)]))
  const oneOf = shape.oneOf
    ? { oneOf: [{ required: [shape.oneOf[0]], not: { required: [shape.oneOf[1]] } }, { required: [shape.oneOf[1]], not: { required: [shape.oneOf[0]] } }] }
    : {}
  return {
    title: activityNames[type].zh,
    type: 'object',
    required: ['type', 'date', ...shape.required],
    properties,
    additionalProperties: false,
    ...oneOf,
  }
}

const defs: Schema = {
  date: {
    type: 'string',
    pattern: '^\\d{4}-\\d{2}-\\d{2}$',
    format: 'date',
    description: '日期 YYYY-MM-DD，须为真实存在的日期；决定适用旧标准还是109号',
  },
  year: numberSchema(YEAR, '年度'),
  activity: {
    description: '一项学习或成果，字段随 type 而定；不属于该类型的字段会被拒绝',
    type: 'object',
    required: ['type'],
    properties: { type: { enum: [...activityTypes] } },
    oneOf: activityTypes.map((t) => ({ $ref: `#/$defs/${t}` })),
  },
  ...Object.fromEntries(activityTypes.map((t) => [t, activitySchema(t)])),
}

export const yearInputSchema: Schema = {
  $schema: DRAFT,
  $id: 'year-input.json',
  title: '年度学时核对的输入（hours check）',
  description: '一个考核年度和该年度的学习或成果。另须：日期为真实日期。',
  type: 'object',
  required: ['year', 'activities'],
  properties: {
    $schema: { type: 'string' },
    year: { $ref: '#/$defs/year', description: '考核年度' },
    activities: { type: 'array', items: { $ref: '#/$defs/activity' }, description: '活动列表（可为空）' },
  },
  additionalProperties: false,
  $defs: defs,
}

const hoursRecorded = (description: string) => numberSchema(RECORDED, description)

export const cycleInputSchema: Schema = {
  $schema: DRAFT,
  $id: 'cycle-input.json',
  title: '多年度核对的输入（hours cycle）：职称申报或内部等级晋升',
  description: `另须：每个年度只填一次；title 的 fromYear 不晚于 toYear，周期不超过${MAX_CYCLE_YEARS}年；日期为真实日期。`,
  type: 'object',
  required: ['purpose', 'toYear', 'years'],
  properties: {
    $schema: { type: 'string' },
    purpose: { enum: ['title', 'promotion'], description: 'title：职称申报（任职周期年均）；promotion：地矿局内部等级晋升（最近3个年度）' },
    fromYear: { $ref: '#/$defs/year', description: '任职周期的第一年（title 必填；promotion 不使用）' },
    toYear: { $ref: '#/$defs/year', description: '周期的最后一年' },
    years: { type: 'array', items: { $ref: '#/$defs/yearRecord' }, description: '各年度：已登记的学时，或该年度的活动' },
    transferYear: { $ref: '#/$defs/year', description: '自省外调入的年度：从该年起按我省规定核算' },
    nonSocialisedTitle: { type: 'boolean', description: '通过非社会化评审取得职称、申报社会化评审：学时自2018年度开始计算' },
    majorMismatch: {
      type: 'object',
      description: '跨专业申报职称：级别和已完成的所申报专业的专业科目学时',
      required: ['level', 'hours'],
      properties: { level: { enum: [...titleLevels] }, hours: hoursRecorded('已完成的学时') },
      additionalProperties: false,
    },
  },
  additionalProperties: false,
  allOf: [{ if: { properties: { purpose: { const: 'title' } }, required: ['purpose'] }, then: { required: ['fromYear'] } }],
  $defs: {
    ...defs,
    yearRecord: {
      type: 'object',
      description: '一个年度：已登记的公需、专业学时（public 和 professional），或活动列表（activities），二者填且只填其一',
      properties: {
        year: { $ref: '#/$defs/year' },
        public: hoursRecorded('已登记的公需科目学时'),
        professional: hoursRecorded('已登记的专业科目学时'),
        activities: { type: 'array', items: { $ref: '#/$defs/activity' } },
      },
      additionalProperties: false,
      oneOf: [
        { required: ['year', 'public', 'professional'], not: { required: ['activities'] } },
        { required: ['year', 'activities'], not: { anyOf: [{ required: ['public'] }, { required: ['professional'] }] } },
      ],
    },
  },
}

/** The schemas as the site publishes them, by file name under /schemas/. */
export const inputSchemas = { 'year-input.json': yearInputSchema, 'cycle-input.json': cycleInputSchema } as const
