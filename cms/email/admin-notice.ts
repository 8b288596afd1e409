import { mailConfigured } from './settings.ts'

/**
 * What the admin's forgot-password page says. Without SMTP_URL it says plainly that no mail
 * goes out and how a password is reset instead; with it, Payload's own wording stands.
 */
export function mailTranslations(): Record<string, Record<string, string>> {
  if (mailConfigured()) return {}
  return {
    authentication: {
      forgotPasswordEmailInstructions:
        '本系统未配置发信（没有设置 SMTP_URL），不会发出重设密码的邮件。忘记密码请联系管理员：管理员可在「系统 › 用户」中为您设置新密码，或在服务器上运行 npm run cms:user -- --email 您的邮箱 --role 您的角色 重设密码。',
      checkYourEmailForPasswordReset: '本系统未配置发信，没有发出邮件。请联系管理员为您重设密码（「系统 › 用户」，或 npm run cms:user）。',
      emailSent: '未发送邮件',
    },
  }
}
