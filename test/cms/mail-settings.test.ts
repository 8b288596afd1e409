/**
 * Mail without SMTP_URL: nothing is sent, forgot-password still answers as usual, and the admin's
 * forgot-password page (its text comes from the config's translations) says so and how to reset.
 * And how SMTP_URL and MAIL_FROM are read.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mailSettings } from '../../cms/email/settings.ts'
import { api, bootCms, createUser, type TestCms } from './helpers.ts'

describe('SMTP_URL and MAIL_FROM', () => {
  it('reads a named sender, a bare address, and a default from CMS_PUBLIC_URL', () => {
    expect(mailSettings({ SMTP_URL: 'smtp://u:p%40ss@mail.example:587', MAIL_FROM: '安徽专技继续教育 <noreply@ahrst.gov.cn>' })?.from).toEqual({ name: '安徽专技继续教育', address: 'noreply@ahrst.gov.cn' })
    expect(mailSettings({ SMTP_URL: 'smtps://mail.example', MAIL_FROM: 'jxjy@ahrst.gov.cn' })?.from).toEqual({ name: '安徽专技继续教育', address: 'jxjy@ahrst.gov.cn' })
    expect(mailSettings({ SMTP_URL: 'smtp://mail.example', CMS_PUBLIC_URL: 'https://cms.ahrst.gov.cn' })?.from.address).toBe('noreply@cms.ahrst.gov.cn')
    expect(mailSettings({})).toBeUndefined()
  })

  it('refuses what it cannot use, in Chinese', () => {
    expect(() => mailSettings({ SMTP_URL: 'mail.example:25' })).toThrow(/SMTP_URL/)
    expect(() => mailSettings({ SMTP_URL: 'http://mail.example' })).toThrow(/只支持 smtp:\/\/ 和 smtps:\/\//)
    expect(() => mailSettings({ SMTP_URL: 'smtp://mail.example', MAIL_FROM: 'not an address' })).toThrow(/MAIL_FROM 无效/)
  })
})

describe('without SMTP_URL', () => {
  let cms: TestCms
  beforeAll(async () => {
    delete process.env.SMTP_URL
    cms = await bootCms({ http: true })
  })
  afterAll(async () => cms?.close())

  it('the forgot-password page says no mail is configured and that an admin resets passwords', () => {
    const zh = cms.payload.config.i18n.translations.zh as { authentication: Record<string, string> }
    expect(zh.authentication.forgotPasswordEmailInstructions).toMatch(/未配置发信.*SMTP_URL.*npm run cms:user/)
    expect(zh.authentication.checkYourEmailForPasswordReset).toMatch(/没有发出邮件/)
  })

  it('forgot-password answers as usual and sends nothing', async () => {
    const user = await createUser(cms.payload, 'editor')
    const known = await api(cms.url!, 'POST', '/api/users/forgot-password', { body: { email: user.email } })
    const unknown = await api(cms.url!, 'POST', '/api/users/forgot-password', { body: { email: 'nobody@example.gov.cn' } })
    expect(known.status).toBe(200)
    expect(unknown.body).toEqual(known.body)
    expect(cms.payload.email.name).toBe('none')
  })
})
