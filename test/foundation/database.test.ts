import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { chooseDatabase, DatabaseUriError, defaultSqliteFile, redact } from '../../cms/database.ts'
import { readPrepareResult, RESULT_FLAG } from '../../cms/scripts/prepare-result.ts'
import { prepareDatabaseCommand, projectRoot } from '../../paths.ts'

const exec = promisify(execFile)
const root = projectRoot

describe('chooseDatabase', () => {
  it('uses the embedded SQLite database when DATABASE_URI is unset', () => {
    expect(chooseDatabase(undefined)).toEqual({ kind: 'sqlite', url: `file:${defaultSqliteFile}`, file: defaultSqliteFile })
    expect(chooseDatabase('  ')).toMatchObject({ kind: 'sqlite' })
  })

  it('resolves a relative file: URI against the project', () => {
    expect(chooseDatabase('file:./.data/other.db')).toMatchObject({ kind: 'sqlite', file: path.join(root, '.data/other.db') })
    expect(chooseDatabase('file:/tmp/x/cms.db')).toMatchObject({ kind: 'sqlite', file: '/tmp/x/cms.db' })
  })

  it('chooses MongoDB for mongodb:// and mongodb+srv://', () => {
    expect(chooseDatabase('mongodb://127.0.0.1:27017/jxjy')).toEqual({ kind: 'mongodb', url: 'mongodb://127.0.0.1:27017/jxjy' })
    expect(chooseDatabase('mongodb+srv://user:pw@cluster0.example.net/jxjy')).toMatchObject({ kind: 'mongodb' })
  })

  describe('edge cases', () => {
    it('refuses other schemes with a Chinese message that lists what is accepted', () => {
      expect(() => chooseDatabase('postgres://localhost/db')).toThrow(DatabaseUriError)
      expect(() => chooseDatabase('postgres://localhost/db')).toThrow(/mongodb:\/\//)
    })
    it('refuses a file: URI without a path', () => {
      expect(() => chooseDatabase('file:')).toThrow(/缺少数据库文件路径/)
    })
    it('refuses a MongoDB URI without a host', () => {
      expect(() => chooseDatabase('mongodb://')).toThrow(DatabaseUriError)
    })
    it('never prints a password', () => {
      expect(redact('mongodb://admin:s3cret@db.example/jxjy')).toBe('mongodb://admin:***@db.example/jxjy')
      let message = ''
      try {
        chooseDatabase('mysql://admin:s3cret@db.example/jxjy')
      } catch (error) {
        message = (error as Error).message
      }
      expect(message).not.toContain('s3cret')
    })
  })
})

describe('start-up with a bad database', () => {
  const prepare = (env: Record<string, string>) =>
    exec(process.execPath, [prepareDatabaseCommand], { cwd: root, env: { ...process.env, ...env } })

  it('exits non-zero with a clear message for a malformed URI', async () => {
    const failure = await prepare({ DATABASE_URI: 'redis://localhost' }).catch((error: { code: number; stderr: string }) => error)
    expect(failure).toMatchObject({ code: 1 })
    expect((failure as { stderr: string }).stderr).toMatch(/不支持的 DATABASE_URI/)
  })

  it('exits non-zero when MongoDB cannot be reached', async () => {
    const failure = await prepare({
      DATABASE_URI: 'mongodb://127.0.0.1:9/jxjy',
      PAYLOAD_SECRET: 'x'.repeat(40),
    }).catch((error: { code: number; stderr: string }) => error)
    expect(failure).toMatchObject({ code: 1 })
    expect((failure as { stderr: string }).stderr).toMatch(/无法连接数据库/)
  }, 60_000)

  it('requires a strong secret outside the embedded default', async () => {
    const failure = await prepare({ DATABASE_URI: 'mongodb://127.0.0.1:9/jxjy', PAYLOAD_SECRET: '' }).catch(
      (error: { code: number; stderr: string }) => error,
    )
    expect(failure).toMatchObject({ code: 1 })
    expect((failure as { stderr: string }).stderr).toMatch(/PAYLOAD_SECRET/)
  }, 60_000)
})

describe('prepare-db reports its result', () => {
  it('through the result file, whatever else lands on standard output', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jxjy-prepare-test-'))
    const resultFile = path.join(dir, 'result.json')
    // A library logging a number after the work is done is what broke the old last-line parsing.
    const noise = path.join(dir, 'noise.mjs')
    fs.writeFileSync(noise, "process.on('exit', () => process.stdout.write('2 3\\n'))\n")
    try {
      const { stdout } = await exec(process.execPath, ['--import', noise, prepareDatabaseCommand, RESULT_FLAG, resultFile], {
        cwd: root,
        env: { ...process.env, DATABASE_URI: `file:${path.join(dir, 'cms.db')}` },
      })
      expect(stdout.trim().split('\n').pop()).toBe('2 3')
      expect(readPrepareResult(resultFile)).toEqual({ users: 0, site: undefined })
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  }, 120_000)

  it('a missing result is a clear Chinese error, not a JSON parse error', () => {
    expect(() => readPrepareResult(path.join(os.tmpdir(), 'no-such-dir', 'result.json'))).toThrow(/没有给出结果/)
  })
})
