import type { PayloadRequest } from 'payload'
import { lockMinutes } from '../collections/Users/lockout.ts'
import { minPasswordLength } from '../collections/Users/password/policy.ts'

/** The reset link stays valid this long (Payload's default, said in the mail). */
export const resetLinkHours = 1

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

/**
 * The admin's reset page for a token. The address comes from CMS_PUBLIC_URL (or the configured
 * serverURL), not from the request's Host header, which a stranger could set to their own site.
 */
export function resetUrl(req: PayloadRequest, token: string): string {
  const { config } = req.payload
  const base = (process.env.CMS_PUBLIC_URL || config.serverURL || `http://localhost:${process.env.CMS_PORT ?? 3000}`).replace(/\/+$/, '')
  return `${base}${config.routes.admin}${config.admin.routes.reset}/${encodeURIComponent(token)}`
}

export const resetPasswordMail = {
  expiration: resetLinkHours * 60 * 60 * 1000,
  generateEmailSubject: () => '重设您在安徽专技继续教育管理后台的密码',
  generateEmailHTML: (args?: { req?: PayloadRequest; token?: string; user?: { email?: string; name?: string | null } }) => {
    const { req, token = '', user } = args ?? {}
    const url = req ? resetUrl(req, token) : ''
    const who = user?.name ? `${escape(user.name)}，您好：` : '您好：'
    return [
      `<p>${who}</p>`,
      `<p>有人（可能是您本人）为管理后台账号 ${escape(user?.email ?? '')} 申请了重设密码。请在 ${resetLinkHours} 小时内打开下面的链接，设置新密码：</p>`,
      `<p><a href="${escape(url)}">${escape(url)}</a></p>`,
      `<p>新密码至少 ${minPasswordLength} 个字符，不能是常见密码，也不能是您的邮箱名。设置后即可用新密码登录；因密码错误而锁定的登录（${lockMinutes} 分钟）也随之解除。</p>`,
      '<p>如果不是您本人申请，请忽略这封邮件，您的密码不会改变。</p>',
      '<p>安徽省专业技术人员继续教育 管理后台</p>',
    ].join('\n')
  },
}
