import net from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startStack, type Stack } from './stack.ts'

const portIsFree = (port: number) =>
  new Promise<boolean>((resolve) => {
    const server = net.createServer().once('error', () => resolve(false))
    server.listen(port, () => server.close(() => resolve(true)))
  })

describe('npm start on a fresh embedded database', () => {
  let stack: Stack
  beforeAll(async () => {
    stack = await startStack({ cmsPort: 3100, sitePort: 4400 })
  })
  afterAll(async () => {
    await stack?.stop()
  })

  it('shows progress and prints the addresses', () => {
    expect(stack.output()).toMatch(/\[1\/5\][\s\S]*\[5\/5\]/)
    expect(stack.output()).toContain('http://localhost:4400/calculator/')
    expect(stack.output()).toContain('http://localhost:3100/admin')
    expect(stack.output()).toMatch(/创建第一个账号/)
  })

  it('serves the admin in Chinese', async () => {
    const response = await fetch(`${stack.cmsUrl}/admin`)
    expect(response.status).toBe(200)
    expect(await response.text()).toMatch(/lang="zh-CN"/)
  })

  it('serves the seeded, published content through the API', async () => {
    const response = await fetch(`${stack.cmsUrl}/api/notices?limit=1`)
    const body = (await response.json()) as { totalDocs: number }
    expect(body.totalDocs).toBeGreaterThan(4)
  })

  it('serves the built site with search and calculator', async () => {
    for (const page of ['/', '/calculator/', '/search/', '/pagefind/pagefind.js']) {
      const response = await fetch(`${stack.siteUrl}${page}`)
      expect(response.status, page).toBe(200)
    }
    const home = await fetch(`${stack.siteUrl}/`)
    expect(home.headers.get('content-security-policy')).toContain("default-src 'self'")
  })

  it('stops everything cleanly on Ctrl-C', async () => {
    const code = await stack.stop()
    expect(code).toBe(0)
    expect(await portIsFree(3100)).toBe(true)
    expect(await portIsFree(4400)).toBe(true)
  })
})
