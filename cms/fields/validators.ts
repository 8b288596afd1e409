import type { TextFieldSingleValidation } from 'payload'
import { docNumberPattern } from '../../content/schema.ts'

type Validation = true | string

export function validateDocNumber(value: unknown): Validation {
  if (value === null || value === undefined || value === '') return true
  return typeof value === 'string' && docNumberPattern.test(value)
    ? true
    : '文号格式不正确，应如「皖人社秘〔2021〕115号」或「人社部令第25号」（注意使用六角括号〔〕）'
}

/**
 * 文号 format, then uniqueness with a message that names the other notice (the database's own
 * unique index stays as the backstop).
 */
export const validateUniqueDocNumber: TextFieldSingleValidation = async (value, { id, req }) => {
  const format = validateDocNumber(value)
  if (format !== true || !value) return format
  const { docs } = await req.payload.find({
    collection: 'notices',
    where: { and: [{ docNumber: { equals: value } }, ...(id !== undefined ? [{ id: { not_equals: id } }] : [])] },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
  })
  const other = docs[0]
  return other ? `文号「${value}」已被另一份通知使用：《${other.title}》` : true
}

export function validateUrl(value: unknown): Validation {
  if (value === null || value === undefined || value === '') return true
  if (typeof value !== 'string') return '请输入网址'
  try {
    const url = new URL(value)
    return url.protocol === 'https:' || url.protocol === 'http:' ? true : '网址须以 http:// 或 https:// 开头'
  } catch {
    return '网址格式不正确，例如 https://www.example.com'
  }
}

/** Digits with the separators people write in hotlines (0551-62620006, 400 800 1234, 转 for extensions). */
const phonePattern = /^[0-9()（）\-—\s转]{7,32}$/

export function validatePhones(value: unknown): Validation {
  if (value === null || value === undefined) return true
  const list = Array.isArray(value) ? value : [value]
  const bad = list.find((item) => typeof item !== 'string' || (!phonePattern.test(item) || item.replace(/\D/g, '').length < 7))
  return bad === undefined ? true : `电话号码「${String(bad)}」格式不正确，例如 0551-62620006 或 400-123-4567`
}

/** A link to somewhere on the public site: a path (`/faqs/`) or an anchor on the same page (`#x`). */
export function validateSiteLink(value: unknown): Validation {
  if (value === null || value === undefined || value === '') return true
  if (typeof value !== 'string') return '本站链接应为文字'
  if (/^\/(?![/\\])/.test(value) || /^#[\w-]+$/.test(value)) return /\s/.test(value) ? '本站链接不能含空格' : true
  return '本站链接须以 / 开头（如 /faqs/），或是本页的锚点（如 #forms-title）；外部网址请写在正文里'
}
