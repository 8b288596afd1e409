import nodemailer from 'nodemailer'
import { APIError, type EmailAdapter } from 'payload'
import { mailSettings, redactSmtp, type MailSettings } from './settings.ts'

/**
 * Payload's mail adapter over nodemailer (the published @payloadcms/email-nodemailer pins
 * another Payload version). One SMTP transport per server, made when Payload starts.
 */
export function smtpAdapter(settings: MailSettings): EmailAdapter {
  return () => {
    const transport = nodemailer.createTransport(settings.url.href)
    return {
      name: 'smtp',
      defaultFromAddress: settings.from.address,
      defaultFromName: settings.from.name,
      sendEmail: async (message) => {
        try {
          const text = message.text ?? (typeof message.html === 'string' ? htmlToText(message.html) : undefined)
          return await transport.sendMail({ ...message, text })
        } catch (error) {
          throw new APIError(`邮件发送失败（${redactSmtp(settings.url)}）：${(error as Error).message}`, 502, undefined, true)
        }
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
