import { APIError, type AfterErrorHook } from 'payload'

/**
 * An error whose message is meant for the person who sent the request (a refusal, a limit, a
 * conflict). Payload shows the message of an error only when it recognises it as public; under
 * the production build (`next start`) it did not, and every such refusal reached the client as
 * "An unknown error occurred.". The name is set by hand because the build's minifier renames
 * classes; `showPublicErrors` below is the backstop for errors thrown by Payload itself.
 */
export class PublicError extends APIError {
  constructor(message: string, status: number, data?: Record<string, unknown>) {
    super(message, status, data ?? null, true)
    this.name = 'PublicError'
  }
}

/** Payload's own public refusals, in English in its source, as the editors read them. */
const chinese: Record<string, string> = {
  'Token is either invalid or has expired.': '重置密码的链接无效或已过期，请重新申请「忘记密码」。',
  'Verification token is invalid.': '邮箱验证链接无效或已使用。',
  'Missing required data.': '缺少必填内容。',
  'Missing email.': '请填写邮箱。',
  'Missing username.': '请填写用户名。',
  'No User': '当前没有登录的用户。',
  'Incorrect collection': '该账号不属于用户集合。',
  'Invalid JSON': '请求内容不是有效的 JSON',
  'Not Found': '找不到请求的内容。',
  'The requested resource was not found.': '找不到请求的内容。',
}

const generic = new Set(['An unknown error occurred.', 'Something went wrong.'])

type Status = { status?: unknown; isPublic?: unknown; message?: unknown }

/** True for errors meant for the client: marked public, or a 4xx not marked private. */
export function isPublicError(error: Status): boolean {
  if (error.isPublic === false) return false
  if (error.isPublic === true) return true
  return typeof error.status === 'number' && error.status >= 400 && error.status < 500
}

/**
 * A root `afterError` hook: a public error reaches the client with its own message (in Chinese
 * where Payload wrote it in English), however the error class was bundled.
 */
export const showPublicErrors: AfterErrorHook = ({ error, result }) => {
  if (!result || !isPublicError(error as Status) || typeof error.message !== 'string') return
  const message = chinese[error.message] ?? error.message
  const errors = result.errors?.length ? result.errors : [{ message }]
  const fixed = errors.map((entry) => {
    // A validation error's own message is Payload's English summary; its fields' messages are ours.
    const fields = (entry.data as { errors?: Array<{ message?: unknown }> } | undefined)?.errors
    const named = Array.isArray(fields) ? fields.map((f) => f.message).filter((m): m is string => typeof m === 'string') : []
    if (named.length) return { ...entry, message: named.join('；') }
    return generic.has(entry.message ?? '') || chinese[entry.message ?? ''] ? { ...entry, message } : entry
  })
  return { response: { ...result, errors: fixed } }
}
