import nodemailer from 'nodemailer'
import type { EmailAdapter } from 'payload'
import { mailSettings, redactSmtp, type MailSettings } from './settings.ts'

/**
 * Payload's mail adapter over nodemailer (the published @payloadcms/email-nodemailer pins
 * another Payload version). One SMTP transport per server, made when Payload starts.
 *
 * Mail is handed to the SMTP server in the background: the request that causes it answers at
 * once, so a slow or broken mail server never slows or fails a save, and forgot-password answers
 * a known address as fast as an unknown one. A failed delivery is logged with its reason.
 */
export function smtpAdapter(settings: MailSettings): EmailAdapter {
  return ({ payload }) => {
    const transport = nodemailer.createTransport(settings.url.href)
    return {
      name: 'smtp',
      defaultFromAddress: settings.from.address,
      defaultFromName: settings.from.name,
      sendEmail: async (message) => {
        const text = message.text ?? (typeof message.html === 'string' ? htmlToText(message.html) : undefined)
        transport.sendMail({ ...message, text }).catch((error: unknown) => {
          payload.logger.error(`邮件发送失败（${redactSmtp(settings.url)}）：「${message.subject ?? ''}」→ ${JSON.stringify(message.to)}：${(error as Error).message}`)
        })
      },
    }
  }
}

/** Without SMTP_URL nothing is sent; the log says what would have gone out (never its content). */
export const noMailAdapter: EmailAdapter = ({ payload }) => ({
  name: 'none',
  defaultFromAddress: 'noreply@localhost',
  defaultFromName: '未配置发信',
  sendEmail: async (message) => {
    payload.logger.warn(`未配置 SMTP_URL，邮件没有发出：「${message.subject ?? ''}」→ ${JSON.stringify(message.to)}`)
  },
})

/** The adapter for payload.config.ts: SMTP when SMTP_URL is set, else none. */
export const mailAdapter = (): EmailAdapter => {
  const settings = mailSettings()
  return settings ? smtpAdapter(settings) : noMailAdapter
}

function htmlToText(html: string): string {
  return html
    .replace(/<a [^>]*href="([^"]*)"[^>]*>[^<]*<\/a>/g, '$1')
    .replace(/<\/(p|div|h\d)>|<br\s*\/?>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}
