import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { HeldFiles } from './held-files.ts'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'held-files-'))
const write = (name: string, bytes: number) => {
  fs.writeFileSync(path.join(dir, name), Buffer.alloc(bytes, 0x61))
  return path.join(dir, name)
}
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

describe('HeldFiles', () => {
  it('reads a file once and keeps its body and sirv-style validators', () => {
    const file = write('a.html', 100)
    const held = new HeldFiles()
    const first = held.get(file)!
    expect(first.body.length).toBe(100)
    expect(first.etag).toBe(`W/"100-${fs.statSync(file).mtime.getTime()}"`)
    fs.writeFileSync(file, 'changed under a running build')
    expect(held.get(file)).toBe(first)
  })

  it('holds no large or missing file', () => {
    const held = new HeldFiles(50, 1000)
    expect(held.get(write('big.html', 51))).toBeUndefined()
    expect(held.get(path.join(dir, 'missing.html'))).toBeUndefined()
    expect(held.get(dir)).toBeUndefined()
    expect(held.heldBytes).toBe(0)
  })

  it('drops the least recently used files beyond its budget', () => {
    const held = new HeldFiles(100, 250)
    const [a, b, c] = ['1', '2', '3'].map((n) => write(`${n}.html`, 100))
    const first = held.get(a!)
    held.get(b!)
    expect(held.get(a!)).toBe(first) // a is now the most recent
    held.get(c!)
    expect(held.heldBytes).toBe(200)
    expect(held.get(a!)).toBe(first)
    expect(held.get(b!)).not.toBe(undefined) // read again, b pushes out c
    expect(held.heldBytes).toBe(200)
  })
})
