import { checkQuery } from './query-limits.ts'
import { ValidationError, type CollectionBeforeOperationHook, type CollectionConfig, type Field, type FieldHook } from 'payload'

/**
 * Type and size checks Payload leaves to the database: without them a title sent as an object,
 * a date such as 2026-02-30 or a relation to a missing document reaches SQLite and comes back as
 * a 500 (or worse, is stored). Payload skips validation for drafts, and every new document
 * starts as a draft, so these checks run as beforeValidate hooks, which always run. Applied to
 * every field of every collection in one place.
 */
export const textLimits = { text: 1_000, textarea: 20_000 }

type Check = (value: unknown, args: Parameters<FieldHook>[0]) => string | true | Promise<string | true>

const isId = (value: unknown) =>
  (typeof value === 'number' && Number.isInteger(value) && value > 0) ||
  (typeof value === 'string' && /^[0-9a-f]{1,24}$/i.test(value))

const idOf = (value: unknown): unknown =>
  value && typeof value === 'object' && !Array.isArray(value) && 'id' in value ? (value as { id: unknown }).id : value

const empty = (value: unknown) => value === null || value === undefined || value === ''

export function isRealDateValue(value: unknown): boolean {
  if (value instanceof Date) return !Number.isNaN(value.getTime())
  if (typeof value !== 'string') return false
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})?)?$/.exec(value)
  if (!match) return false
  const [, y, m, d] = match.map(Number) as [number, number, number, number]
  const day = new Date(Date.UTC(y, m - 1, d))
  return y >= 1900 && y <= 2100 && day.getUTCMonth() === m - 1 && day.getUTCDate() === d && !Number.isNaN(Date.parse(value))
}

const textShape = (hasMany: boolean, maxLength: number): Check => (value) => {
  if (empty(value)) return true
  const items = hasMany ? value : [value]
  if (!Array.isArray(items) || !items.every((item) => typeof item === 'string')) return hasMany ? '应为文字列表' : '应为文字'
  if (items.some((item) => item.includes('\0'))) return nulMessage
  return items.every((item) => item.length <= maxLength) ? true : `文字过长（上限 ${maxLength} 字）`
}

// SQLite ends a text at a NUL byte: "NUL\0AFTER" would be stored as "NUL" without a word.
const nulMessage = '含有空字符（U+0000），请删除后再保存（常见于从其他软件粘贴的文字）'

/** Rich text is stored as JSON, but its text is copied into plain text fields (search, summaries). */
const richTextShape: Check = (value) => (empty(value) || !JSON.stringify(value).includes('\\u0000') ? true : nulMessage)

const dateShape: Check = (value) => (empty(value) || isRealDateValue(value) ? true : '日期不存在或格式不正确，应为 YYYY-MM-DD')

const numberShape = (hasMany: boolean, min?: number, max?: number): Check => (value) => {
  if (empty(value)) return true
  const items = hasMany ? value : [value]
  if (!Array.isArray(items) || !items.every((n) => typeof n === 'number' && Number.isFinite(n))) return '应为数字'
  if (items.some((n) => (min !== undefined && n < min) || (max !== undefined && n > max))) return `超出允许范围（${min ?? '−∞'}–${max ?? '∞'}）`
  return true
}

const selectShape = (hasMany: boolean, allowed: string[]): Check => (value) => {
  if (empty(value)) return true
  const items = hasMany ? value : [value]
  return Array.isArray(items) && items.every((v) => typeof v === 'string' && allowed.includes(v)) ? true : `只能是：${allowed.join('、')}`
}

const checkboxShape: Check = (value) => (empty(value) || typeof value === 'boolean' ? true : '应为是或否')

const relationShape = (relationTo: string, hasMany: boolean): Check => async (value, { req }) => {
  if (empty(value)) return true
  const ids = hasMany ? (Array.isArray(value) ? value.map(idOf) : [undefined]) : [idOf(value)]
  if (!ids.every(isId)) return '关联的文档编号格式不正确'
  const { totalDocs } = await req.payload.count({
    collection: relationTo as never,
    where: { id: { in: ids } },
    overrideAccess: true,
    req,
  })
  return totalDocs === new Set(ids).size ? true : '关联的文档不存在'
}

/** A beforeValidate hook that refuses the whole save, naming the field, when `check` fails. */
function guard(check: Check): FieldHook {
  return async (args) => {
    const result = await check(args.value, args)
    if (result !== true) {
      throw new ValidationError({
        collection: args.collection?.slug,
        errors: [{ path: args.path.join('.'), message: `${labelOf(args.field as Field)}：${result}` }],
        req: args.req,
      })
    }
    return args.value
  }
}

const labelOf = (field: Field): string => {
  const label = 'label' in field ? field.label : undefined
  if (typeof label === 'string') return label
  return 'name' in field ? field.name : '字段'
}

const withGuard = (field: Field, check: Check): Field => {
  const hooks = 'hooks' in field ? field.hooks : undefined
  return { ...field, hooks: { ...hooks, beforeValidate: [guard(check), ...(hooks?.beforeValidate ?? [])] } } as Field
}

function limitField(field: Field): Field {
  switch (field.type) {
    case 'text':
    case 'textarea': {
      const maxLength = field.maxLength ?? textLimits[field.type]
      const hasMany = field.type === 'text' && Boolean(field.hasMany)
      return withGuard({ ...field, maxLength } as Field, textShape(hasMany, maxLength))
    }
    case 'date':
      return withGuard(field, dateShape)
    case 'richText':
      return withGuard(field, richTextShape)
    case 'number':
      return withGuard(field, numberShape(Boolean(field.hasMany), field.min, field.max))
    case 'select':
      return withGuard(
        field,
        selectShape(Boolean(field.hasMany), field.options.map((o) => (typeof o === 'string' ? o : o.value))),
      )
    case 'checkbox':
      return withGuard(field, checkboxShape)
    case 'relationship':
      return Array.isArray(field.relationTo) ? field : withGuard(field, relationShape(field.relationTo, Boolean(field.hasMany)))
    case 'array':
    case 'group':
    case 'collapsible':
    case 'row':
      return { ...field, fields: field.fields.map(limitField) } as Field
    case 'tabs':
      return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: tab.fields.map(limitField) })) }
    default:
      return field
  }
}

/** Names a document may carry: its named fields (through rows, collapsibles and tabs) and Payload's own. */
function fieldNames(fields: Field[]): string[] {
  return fields.flatMap((field) => {
    if ('name' in field && field.name) return [field.name]
    if (field.type === 'tabs') return field.tabs.flatMap((tab) => ('name' in tab && tab.name ? [tab.name] : fieldNames(tab.fields)))
    return 'fields' in field ? fieldNames(field.fields as Field[]) : []
  })
}

const systemKeys = ['id', '_status', 'createdAt', 'updatedAt']

/**
 * Editorial collections refuse unknown fields and unknown publication states instead of dropping
 * them silently, so a client that sends the wrong shape learns it at once.
 */
function strictShape(collection: CollectionConfig): CollectionBeforeOperationHook {
  const allowed = new Set([...systemKeys, ...fieldNames(collection.fields)])
  return ({ args, operation, req }) => {
    if (operation !== 'create' && operation !== 'update') return args
    // A stranger is refused by access control next; the shape of the collection is none of their business.
    if (!req.user && !(args as { overrideAccess?: boolean }).overrideAccess) return args
    const data = (args as { data?: unknown }).data
    if (data === null || typeof data !== 'object' || Array.isArray(data)) return args
    const errors = Object.keys(data)
      .filter((key) => !allowed.has(key))
      .map((key) => ({ path: key, message: `未知字段「${key}」` }))
    const status = (data as { _status?: unknown })._status
    if (status !== undefined && status !== 'draft' && status !== 'published') {
      errors.push({ path: '_status', message: '发布状态只能是 draft（草稿）或 published（已发布）' })
    }
    if (errors.length) throw new ValidationError({ collection: collection.slug, errors, req })
    return args
  }
}

const strictCollections = ['notices', 'topics', 'providers', 'faqs', 'forms']

export function withInputLimits(collections: CollectionConfig[]): CollectionConfig[] {
  return collections.map((collection) => {
    const fields = collection.fields.map(limitField)
    const limited = { ...collection, fields, hooks: { ...collection.hooks, beforeOperation: [checkQuery, ...(collection.hooks?.beforeOperation ?? [])] } }
    if (!strictCollections.includes(collection.slug)) return limited
    return {
      ...limited,
      hooks: { ...limited.hooks, beforeOperation: [strictShape(collection), ...(limited.hooks?.beforeOperation ?? [])] },
    }
  })
}
