import type { CollectionBeforeOperationHook, FlattenedField } from 'payload'
import { PublicError } from '../server/public-errors.ts'

/**
 * Checks the query of every read, update and delete (REST, GraphQL and the Local API alike) before
 * it reaches the database: a date compared with "garbage", a geographic operator on a text field,
 * a path into a rich text's JSON, a page number of 1e20 or a document id "abc" made SQLite fail
 * and Payload answer 500. Each is a 400 (or 404 for an id that cannot exist) naming what is wrong.
 */
export class QueryError extends PublicError {
  constructor(message: string, status = 400) {
    super(message, status)
    this.name = 'QueryError'
  }
}

const operators = new Set([
  'equals', 'contains', 'not_equals', 'in', 'all', 'not_in', 'exists',
  'greater_than', 'greater_than_equal', 'less_than', 'less_than_equal', 'like', 'not_like',
])
const geographic = new Set(['near', 'within', 'intersects'])
const listOperators = new Set(['in', 'not_in', 'all'])
/** No deeper: Payload walks `and`/`or` recursively, and a crafted where must not exhaust the stack. */
const maxWhereDepth = 16
export const maxPage = 1_000_000
export const maxLimit = 100_000

type Fields = readonly FlattenedField[]

const systemFields: Record<string, 'date' | 'id' | 'text'> = { id: 'id', createdAt: 'date', updatedAt: 'date', _status: 'text' }

/** The field a dotted path names, or 'opaque' when it goes inside rich text or JSON. */
function resolve(fields: Fields, segments: string[]): FlattenedField | 'opaque' | undefined {
  const [head, ...rest] = segments
  const field = fields.find((f) => f.name === head)
  if (!field) return undefined
  if (rest.length === 0) return field
  if (field.type === 'richText' || field.type === 'json') return 'opaque'
  if ((field.type === 'group' || field.type === 'array' || field.type === 'tab') && 'flattenedFields' in field) {
    return resolve(field.flattenedFields as Fields, rest)
  }
  // A relationship's fields live in another collection; Payload resolves those paths itself.
  return undefined
}

const asList = (value: unknown): unknown[] =>
  Array.isArray(value) ? value : typeof value === 'string' && value.includes(',') ? value.split(',') : [value]

function checkValue(label: string, kind: string, operator: string, value: unknown, idType: 'number' | 'text'): string | undefined {
  if (operator === 'exists') return undefined
  if (value === null || value === undefined || value === '') return undefined
  const values = listOperators.has(operator) ? asList(value) : [value]
  for (const item of values) {
    if (item === null || item === '') continue
    if (typeof item === 'object') return `「${label}」的查询值不能是对象`
    if (kind === 'date' && Number.isNaN(new Date(typeof item === 'number' ? item : String(item)).getTime())) return `「${label}」的查询值「${String(item)}」不是有效日期`
    if (kind === 'number' && !Number.isFinite(Number(item))) return `「${label}」的查询值「${String(item)}」不是数字`
    if (kind === 'id' && idType === 'number' && !/^\d{1,15}$/.test(String(item))) return `「${label}」的查询值「${String(item)}」不是有效的编号`
  }
  return undefined
}

type Supports = (operator: string) => boolean

function checkWhere(where: unknown, fields: Fields, idType: 'number' | 'text', supports: Supports, depth = 0): string | undefined {
  if (where === undefined || where === null) return undefined
  if (typeof where !== 'object' || Array.isArray(where)) return '查询条件（where）格式不正确'
  if (depth > maxWhereDepth) return `查询条件嵌套过深（上限 ${maxWhereDepth} 层）`
  for (const [key, condition] of Object.entries(where)) {
    if (key === 'and' || key === 'or') {
      if (!Array.isArray(condition)) return `查询条件「${key}」应为列表`
      for (const inner of condition) {
        const problem = checkWhere(inner, fields, idType, supports, depth + 1)
        if (problem) return problem
      }
      continue
    }
    if (condition === null || typeof condition !== 'object' || Array.isArray(condition)) return `查询条件「${key}」格式不正确，例如 where[${key}][equals]=…`
    const system = systemFields[key]
    const field = system ? undefined : resolve(fields, key.split('.'))
    if (field === 'opaque') return `不能按「${key}」的内部结构查询：富文本和 JSON 字段只能整体判断是否存在（exists）`
    const kind = system ?? (field ? (field.type === 'relationship' || field.type === 'upload' ? 'id' : field.type) : 'unknown')
    for (const [operator, value] of Object.entries(condition as Record<string, unknown>)) {
      if (geographic.has(operator)) {
        if (kind !== 'point') return `查询运算「${operator}」只适用于地理位置字段，「${key}」不是`
        continue
      }
      if (!operators.has(operator)) return `不支持的查询运算「${operator}」（字段「${key}」）`
      if (!supports(operator)) return `当前数据库不支持查询运算「${operator}」（字段「${key}」）`
      const problem = checkValue(key, kind, operator, value, idType)
      if (problem) return problem
    }
  }
  return undefined
}

function checkPaging(args: { page?: unknown; limit?: unknown }): string | undefined {
  const { page, limit } = args
  if (page !== undefined && page !== null && !(Number.isSafeInteger(page) && (page as number) >= 1 && (page as number) <= maxPage)) {
    return `页码（page）应为 1–${maxPage} 的整数`
  }
  if (limit !== undefined && limit !== null && !(Number.isSafeInteger(limit) && (limit as number) >= 0 && (limit as number) <= maxLimit)) {
    return `每页数量（limit）应为 0–${maxLimit} 的整数`
  }
  return undefined
}

const checkedOperations = new Set(['read', 'count', 'update', 'delete', 'readDistinct'])

export const checkQuery: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if (operation === 'create' || operation === 'update') {
    const { data } = args as { data?: unknown }
    // A body that was not JSON (or none at all) leaves no data, which Payload's hooks read as a 500.
    if (req.user && (data === null || data === undefined || typeof data !== 'object' || Array.isArray(data))) {
      throw new QueryError('请求没有内容：请以 JSON 对象发送文档的字段，例如 {"title": "…"}')
    }
  }
  if (!checkedOperations.has(operation)) return args
  const idType = req.payload.db.defaultIDType === 'number' ? 'number' : 'text'
  const { id, where } = args as { id?: unknown; where?: unknown; page?: unknown; limit?: unknown }
  if (id !== undefined && id !== null && idType === 'number' && !/^\d{1,15}$/.test(String(id))) {
    throw new QueryError('找不到该文档：文档编号应为数字', 404)
  }
  // The SQL adapters list the operators they implement (not `all`: it answered 500); MongoDB's has no such list.
  const implemented = (req.payload.db as { operators?: Record<string, unknown> }).operators
  const supports: Supports = (operator) => !implemented || operator in implemented
  const problem = checkPaging(args as { page?: unknown; limit?: unknown }) ?? checkWhere(where, collection.flattenedFields, idType, supports)
  if (problem) throw new QueryError(problem)
  return args
}
