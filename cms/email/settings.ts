/**
 * Mail settings from the environment: `SMTP_URL` (smtp://user:pass@host:587, smtps://…:465;
 * unset → no mail is sent) and `MAIL_FROM` (`名称 <address>` or a bare address).
 */
type Env = Record<string, string | undefined>

export interface MailSettings {
  url: URL
  from: { name: string; address: string }
}

export const defaultSenderName = '安徽专技继续教育'

export function mailSettings(env: Env = process.env): MailSettings | undefined {
  const raw = env.SMTP_URL?.trim()
  if (!raw) return undefined
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw new Error('SMTP_URL 无效：应为 smtp://用户名:密码@主机:端口 或 smtps://…（用户名、密码中的特殊字符要百分号编码）')
  }
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') throw new Error(`SMTP_URL 只支持 smtp:// 和 smtps://，收到 ${url.protocol}//`)
  return { url, from: sender(env.MAIL_FROM, env.CMS_PUBLIC_URL) }
}

export const mailConfigured = (env: Env = process.env): boolean => Boolean(env.SMTP_URL?.trim())

function sender(value: string | undefined, publicUrl: string | undefined): MailSettings['from'] {
  const text = value?.trim()
  if (!text) {
    let host = 'localhost'
    try {
      if (publicUrl) host = new URL(publicUrl).hostname
    } catch {
      // keep localhost
    }
    return { name: defaultSenderName, address: `noreply@${host}` }
  }
  const named = /^"?([^"<]*?)"?\s*<([^<>\s]+@[^<>\s]+)>$/.exec(text)
  if (named) return { name: named[1]!.trim() || defaultSenderName, address: named[2]! }
  if (/^[^\s@<>]+@[^\s@<>]+$/.test(text)) return { name: defaultSenderName, address: text }
  throw new Error(`MAIL_FROM 无效：「${text}」。示例：MAIL_FROM="安徽专技继续教育 <noreply@example.gov.cn>" 或 MAIL_FROM=noreply@example.gov.cn`)
}

/** The SMTP address without its password, for messages and logs. */
export function redactSmtp(url: URL): string {
  return `${url.protocol}//${url.username ? `${decodeURIComponent(url.username)}@` : ''}${url.host}`
}
