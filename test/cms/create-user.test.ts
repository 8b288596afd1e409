/**
 * `npm run cms:user`: makes an account from the command line with the password from the
 * environment or stdin (never argv), and refuses bad input with exit code 2.
 */
import { spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { projectRoot } from '../../paths.ts'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-user-'))
const env = {
  ...process.env,
  DATABASE_URI: `file:${path.join(dir, 'cms.db')}`,
  PAYLOAD_SECRET: crypto.randomBytes(32).toString('hex'),
  CMS_MEDIA_DIR: path.join(dir, 'media'),
  CMS_JOBS_AUTORUN: 'off',
}
const script = path.join(projectRoot, 'cms', 'scripts', 'create-user.ts')
const run = (args: string[], options: { password?: string; stdin?: string } = {}) =>
  spawnSync(process.execPath, [script, ...args], {
    env: { ...env, CMS_USER_PASSWORD: options.password ?? '' },
    input: options.stdin ?? '',
    encoding: 'utf8',
  })

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

describe('npm run cms:user', () => {
  it('the first account becomes admin; the next gets the role asked for, password from stdin', () => {
    const first = run(['--email', 'Zhang@Example.gov.cn', '--role', 'editor'], { password: 'first-password-123' })
    expect(first.status, first.stderr).toBe(0)
    expect(first.stdout).toContain('已创建账号 zhang@example.gov.cn，角色 admin')
    const second = run(['--email', 'li@example.gov.cn', '--role', 'publisher', '--name', '李四'], { stdin: 'second-password-123\n' })
    expect(second.status, second.stderr).toBe(0)
    expect(second.stdout).toContain('角色 publisher')
  })

  it.each([
    [['--email', 'not-an-email', '--role', 'editor'], 'long-enough-password', '邮箱'],
    [['--email', 'a@example.gov.cn', '--role', 'boss'], 'long-enough-password', '角色只能是'],
    [['--email', 'a@example.gov.cn', '--role', 'editor'], 'short', '密码：至少 12 个字符'],
    [['--email', 'a@example.gov.cn', '--role', 'editor'], 'password1234', '密码：这是最常见'],
    [['--email', 'liuqi@example.gov.cn', '--role', 'editor'], 'liuqi@example.gov.cn', '密码：不能是本账号的邮箱'],
    [['--email', 'a@example.gov.cn', '--password', 'x'], 'long-enough-password', 'Unknown option'],
  ])('refuses %j', (args, password, message) => {
    const r = run(args, { password })
    expect(r.status).toBe(2)
    expect(r.stderr).toContain(message)
  })

  it('will not demote the only admin', () => {
    const r = run(['--email', 'zhang@example.gov.cn', '--role', 'editor'], { password: 'first-password-123' })
    expect(r.status).toBe(2)
    expect(r.stderr).toContain('至少要保留一名管理员')
  })
})
