// `npm run cms:user -- --email someone@ahrst.gov.cn --role admin [--name 张三]`
// Creates a staff account (or, if the email exists, sets its role and password and unlocks it).
// The password comes from CMS_USER_PASSWORD or the first line of stdin — never the command line,
// where it would land in shell history and process lists.
import { parseArgs } from 'node:util'
import type { Payload } from 'payload'
import { roles, type Role } from '../access/roles.ts'
import { passwordProblem } from '../collections/Users/password/policy.ts'

const usage =
  '用法：npm run cms:user -- --email 邮箱 --role admin|publisher|editor [--name 姓名] [--workspace 机构标识 …]\n' +
  '密码从环境变量 CMS_USER_PASSWORD 或标准输入读取。--workspace 可重复（如 anqing）；不给时新账号属于省人社厅（管理员可不属于任何机构）。'

function fail(message: string): never {
  process.stderr.write(`错误：${message}\n`)
  process.exit(2)
}

async function readPassword(): Promise<string> {
  const fromEnv = process.env.CMS_USER_PASSWORD
  if (fromEnv) return fromEnv
  if (process.stdin.isTTY) process.stderr.write('请输入密码（输入内容会显示在屏幕上；也可用 CMS_USER_PASSWORD 传入），回车结束：\n')
  let text = ''
  for await (const chunk of process.stdin) {
    text += String(chunk)
    if (text.includes('\n')) break
  }
  return text.split(/\r?\n/)[0] ?? ''
}

/** The ids of the workspaces named by slug or short name; unknown names stop the script. */
async function workspaceIds(payload: Payload, names: string[]): Promise<number[]> {
  const ids: number[] = []
  for (const name of names) {
    const { docs } = await payload.find({ collection: 'workspaces', where: { or: [{ slug: { equals: name } }, { shortName: { equals: name } }] }, limit: 1, depth: 0, overrideAccess: true })
    if (!docs[0]) fail(`找不到机构「${name}」：请用机构的网址标识（如 anqing）或简称`)
    ids.push(docs[0].id)
  }
  return ids
}

async function saveUser(payload: Payload, email: string, role: Role, password: string, name?: string, workspaceNames: string[] = []): Promise<string> {
  const { docs } = await payload.find({ collection: 'users', where: { email: { equals: email } }, overrideAccess: true, limit: 1 })
  const existing = docs[0]
  const named = workspaceNames.length ? await workspaceIds(payload, workspaceNames) : undefined
  if (existing) {
    await payload.update({ collection: 'users', id: existing.id, data: { role, password, ...(name ? { name } : {}), ...(named ? { workspaces: named } : {}) }, overrideAccess: true })
    await payload.unlock({ collection: 'users', data: { email, password }, overrideAccess: true })
    return `已更新账号 ${email}：角色 ${role}，密码已重设并解除锁定。`
  }
  const { createLocalReq } = await import('payload')
  const { provinceWorkspaceId } = await import('../workspaces/province.ts')
  const workspaces = named ?? (role === 'admin' ? [] : [await provinceWorkspaceId(await createLocalReq({}, payload))])
  const doc = await payload.create({ collection: 'users', data: { email, password, role, name, workspaces }, overrideAccess: true })
  return `已创建账号 ${email}，角色 ${doc.role}${doc.role !== role ? '（系统中的第一个账号自动成为管理员）' : ''}。`
}

let values
try {
  ;({ values } = parseArgs({ options: { email: { type: 'string' }, role: { type: 'string' }, name: { type: 'string' }, workspace: { type: 'string', multiple: true }, help: { type: 'boolean' } } }))
} catch (error) {
  fail(`${(error as Error).message}\n${usage}`)
}
if (values.help) {
  process.stdout.write(`${usage}\n`)
  process.exit(0)
}
const email = values.email?.trim().toLowerCase()
if (!email || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) fail(`请用 --email 给出有效的邮箱\n${usage}`)
const role = (values.role ?? 'editor') as Role
if (!roles.includes(role)) fail(`角色只能是 ${roles.join(' / ')}\n${usage}`)

const password = await readPassword()
const problem = passwordProblem(password, email)
if (problem) fail(problem)

// Loaded only after the input is checked: starting Payload takes seconds.
const { bootPayload } = await import('../server/boot.ts')
const payload = await bootPayload({ seedWhenEmpty: false, quiet: true })
try {
  process.stdout.write(`${await saveUser(payload, email, role, password, values.name, values.workspace)}\n`)
} catch (error) {
  const e = error as { message: string; data?: { errors?: { message: string }[] } }
  fail([e.message, ...(e.data?.errors ?? []).map((x) => x.message)].join('；'))
}
process.exit(0)
