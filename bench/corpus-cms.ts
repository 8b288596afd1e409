/**
 * A generated corpus in the real CMS: Payload on a fresh SQLite file, migrated, the seed plus
 * `extra` generated documents written through the seed (cms/seed, the one mapping from corpus
 * records to documents), then served by the project's API server (cms/server/api-server.ts).
 *
 * Each corpus runs in a process of its own: Payload picks its database when its config is first
 * imported, so one process holds one database. The child reports its address over the IPC
 * channel once it listens, and serves until it is told to stop.
 *
 * Run alone: `node bench/corpus-cms.ts --extra 1000 [--port 3999] [--dir DIR]` serves seed + 1,000
 * documents (in a temp folder unless `--dir`), until Ctrl-C.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export interface CorpusCms {
  url: string
  documents: number
  /** migrate + write the corpus, in the child */
  seedMs: number
  close: () => Promise<void>
}

interface Ready {
  url: string
  documents: number
  seedMs: number
}

const self = fileURLToPath(import.meta.url)

/** Starts a CMS holding seed + `extra` generated documents in `dir`; resolves once it serves. */
export function startCorpusCms(options: { extra: number; dir: string; port?: number; timeoutMs?: number }): Promise<CorpusCms> {
  const args = [self, '--extra', String(options.extra), '--dir', options.dir, '--port', String(options.port ?? 0)]
  // Payload's migration log goes to stdout; errors and our progress to stderr.
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] })
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const close = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
    await exited
  }
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void close()
      reject(new Error(`the CMS for seed + ${options.extra} did not start within ${(options.timeoutMs ?? 30 * 60_000) / 1000} s`))
    }, options.timeoutMs ?? 30 * 60_000)
    child.once('message', (message: Ready) => {
      clearTimeout(timer)
      resolve({ ...message, close })
    })
    child.once('exit', (code, signal) => {
      clearTimeout(timer)
      reject(new Error(`the CMS for seed + ${options.extra} exited before serving (code ${code}, signal ${signal})`))
    })
  })
}

/** In the child: boots Payload on `dir`, writes the corpus, serves the REST API. */
async function serveCorpus(extra: number, dir: string, port: number): Promise<Ready & { stop: () => Promise<void> }> {
  fs.mkdirSync(dir, { recursive: true })
  process.env.DATABASE_URI = `file:${path.join(dir, 'cms.db')}`
  process.env.PAYLOAD_SECRET ??= 'bench-secret-not-for-production-0123456789'
  process.env.CMS_MEDIA_DIR = path.join(dir, 'media')
  process.env.CMS_JOBS_AUTORUN = 'off'
  const started = performance.now()
  const [{ loadCorpus }, { generateCorpus, corpusSize }, { bootPayload }, { prepareDatabase }, { createApiServer, listen }] = await Promise.all([
    import('../content/load.ts'),
    import('./synthetic.ts'),
    import('../cms/server/boot.ts'),
    import('../cms/server/prepare.ts'),
    import('../cms/server/api-server.ts'),
  ])
  const corpus = generateCorpus(await loadCorpus(), extra)
  const payload = await bootPayload({ seedWhenEmpty: false, quiet: true })
  let last = 0
  await prepareDatabase(payload, {
    seedWhenEmpty: true,
    corpus,
    progress: (_step, done, total) => {
      if (done - last >= 2000 || done === total) {
        last = done
        process.stderr.write(`  seed + ${extra}: ${done}/${total} written\n`)
      }
    },
  })
  const seedMs = performance.now() - started
  const server = createApiServer(payload.config)
  const bound = await listen(server, port)
  return {
    url: `http://127.0.0.1:${bound}`,
    documents: corpusSize(corpus),
    seedMs,
    stop: async () => {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
      await payload.destroy().catch(() => undefined)
    },
  }
}

if (import.meta.main) {
  const args = process.argv.slice(2)
  const value = (flag: string) => {
    const i = args.indexOf(flag)
    return i >= 0 ? args[i + 1] : undefined
  }
  const extra = Number(value('--extra') ?? 1000)
  const dir = value('--dir') ?? fs.mkdtempSync(path.join(os.tmpdir(), 'anhui-corpus-'))
  const served = await serveCorpus(extra, dir, Number(value('--port') ?? 0))
  const stop = () => void served.stop().finally(() => process.exit(0))
  process.once('SIGTERM', stop)
  process.once('SIGINT', stop)
  process.once('disconnect', stop)
  const { stop: _stop, ...ready } = served
  if (process.send) process.send(ready)
  else process.stderr.write(`种子 + ${extra} 篇（共 ${ready.documents} 篇，数据库 ${dir}）：${ready.url}/api/notices\n`)
}
