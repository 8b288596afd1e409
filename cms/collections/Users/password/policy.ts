import { commonPasswords } from './common-passwords.ts'

export const minPasswordLength = 12

const common = new Set(commonPasswords.map((p) => p.toLowerCase()))

/** The letters in the middle once digits and symbols around them are taken off: `Password2026!` → `password`. */
const stem = (password: string) => password.toLowerCase().replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '')

/** One short chunk over and over: `aaaaaaaaaaaa`, `abcabcabcabc`, `1212121212121`. */
const isRepetition = (password: string) => /^(.{1,4})\1+$/su.test(password)

/** Consecutive digits or letters, up or down: `123456789012`, `abcdefghijkl`, `987654321098`. */
function isRun(password: string): boolean {
  const codes = [...password.toLowerCase()].map((c) => c.codePointAt(0)!)
  const digit = (c: number) => c >= 48 && c <= 57
  // digits wrap around (…8901…), letters do not
  const steps = codes.slice(1).map((c, i) => (digit(c) && digit(codes[i]!) ? (c - codes[i]! + 10) % 10 : c - codes[i]!))
  return steps.every((s) => s === 1) || steps.every((s) => s === -1 || (s === 9 && digit(codes[0]!)))
}

/**
 * Why a password may not be set, in Chinese and naming the field, or undefined when it is fine.
 * `email` is the account's address: the password may not be it, nor its name part.
 */
export function passwordProblem(password: unknown, email?: unknown): string | undefined {
  if (typeof password !== 'string') return '密码：请填写密码'
  const length = [...password].length
  if (length < minPasswordLength) return `密码：至少 ${minPasswordLength} 个字符（现在 ${length} 个）`
  const lower = password.toLowerCase()
  if (typeof email === 'string' && email.includes('@')) {
    const address = email.trim().toLowerCase()
    const name = address.split('@')[0]!
    if (lower === address || lower === name || stem(password) === name || stem(password) === stem(address)) {
      return '密码：不能是本账号的邮箱或邮箱用户名（加上数字或符号也不行），请换一个'
    }
  }
  if (common.has(lower) || common.has(stem(password)) || isRepetition(password) || isRun(password)) {
    return '密码：这是最常见、最容易被猜中的密码之一（或只是在常见密码前后加了数字、符号），请换一个'
  }
  return undefined
}
