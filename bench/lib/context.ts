/**
 * What the sections share during one run: options, a temp folder, the corpora, the CMS booted
 * once in this process (the seed), a CMS process per generated corpus, and site builds made once
 * and reused (page weight and search measure the builds the build section timed).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import { loadCorpus } from '../../content/load.ts'
import type { Corpus } from '../../content/schema.ts'
import { startCorpusCms } from '../corpus-cms.ts'
import { generateCorpus } from '../synthetic.ts'
import { progress } from './log.ts'

export type CorpusId = 'seed' | 'syn-1000' | 'syn-10000'

export const corpusLabels: Record<CorpusId, string> = {
  seed: 'seed',
  'syn-1000': 'seed + 1,000',
  'syn-10000': 'seed + 10,000',
}

export const extraDocs: Record<CorpusId, number> = { seed: 0, 'syn-1000': 1000, 'syn-10000': 10000 }

export interface Options {
  quick: boolean
  /** section ids to run; null for all */
  only: string[] | null
  /** keep the temp folder (builds, databases) for inspection */
  keep: boolean
}

export interface Cms {
  payload: Payload
  url: string
  bootMs: number
}

export class Context {
  readonly root: string
  readonly tmp: string
  readonly options: Options
  private readonly memo = new Map<string, Promise<unknown>>()
  private readonly cleanups: Array<() => Promise<void> | void> = []
  /** set once the publish section has added documents to the CMS: it no longer holds the seed corpus alone */
  cmsChanged = false

  constructor(root: string, options: Options) {
    this.root = root
    this.options = options
    this.tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'anhui-bench-'))
  }

  /** Corpora measured in this run: seed and 1,000 with --quick, plus 10,000 otherwise. */
  get corpora(): CorpusId[] {
    return this.options.quick ? ['seed', 'syn-1000'] : ['seed', 'syn-1000', 'syn-10000']
  }

  /** Runs `make` once per key; later calls get the same promise. */
  once<T>(key: string, make: () => Promise<T>): Promise<T> {
    let value = this.memo.get(key) as Promise<T> | undefined
    if (!value) {
      value = make()
      this.memo.set(key, value)
    }
    return value
  }

  onClose(cleanup: () => Promise<void> | void): void {
    this.cleanups.push(cleanup)
  }

  dir(...parts: string[]): string {
    const dir = path.join(this.tmp, ...parts)
    fs.mkdirSync(dir, { recursive: true })
    return dir
  }

  seedCorpus(): Promise<Corpus> {
    return this.once('corpus:seed', () => loadCorpus())
  }

  corpus(id: CorpusId): Promise<Corpus> {
    if (id === 'seed') return this.seedCorpus()
    return this.once(`corpus:${id}`, async () => generateCorpus(await this.seedCorpus(), extraDocs[id]))
  }

  /**
   * The real CMS in this process: Payload on a fresh SQLite file in the temp folder, migrated
   * and seeded from content/, with the REST API server on 127.0.0.1.
   */
  cms(): Promise<Cms> {
    return this.once('cms', async () => {
      progress('booting the CMS (Payload, fresh SQLite, migrate + seed)…')
      const started = performance.now()
      process.env.DATABASE_URI = `file:${path.join(this.dir('cms'), 'cms.db')}`
      process.env.PAYLOAD_SECRET ??= 'bench-secret-not-for-production-0123456789'
      const { bootPayload } = await import('../../cms/server/boot.ts')
      const { createApiServer, listen } = await import('../../cms/server/api-server.ts')
      const payload = await bootPayload({ quiet: true })
      const server = createApiServer(payload.config)
      const port = await listen(server, 0)
      const bootMs = performance.now() - started
      progress(`CMS up in ${Math.round(bootMs / 100) / 10} s at http://127.0.0.1:${port}/api`)
      this.onClose(async () => {
        server.closeAllConnections()
        await new Promise<void>((resolve) => server.close(() => resolve()))
        await payload.destroy().catch(() => undefined)
      })
      return { payload, url: `http://127.0.0.1:${port}`, bootMs }
    })
  }

  /**
   * Base URL of a CMS API holding the corpus: the CMS in this process for the seed; for a
   * generated corpus, the real CMS in a process of its own, on its own SQLite file, seeded with it.
   */
  apiUrl(id: CorpusId): Promise<string> {
    if (id === 'seed') {
      if (this.cmsChanged) return Promise.reject(new Error('the CMS no longer holds the seed corpus alone (publish section ran)'))
      return this.cms().then((c) => c.url)
    }
    return this.once(`api:${id}`, async () => {
      progress(`starting the CMS for ${corpusLabels[id]} (Payload, fresh SQLite, migrate + seed through cms/seed)…`)
      const cms = await startCorpusCms({ extra: extraDocs[id], dir: this.dir(`cms-${id}`) })
      this.onClose(() => cms.close())
      progress(`CMS for ${corpusLabels[id]} (${cms.documents} documents, seeded in ${Math.round(cms.seedMs / 100) / 10} s) at ${cms.url}/api`)
      return cms.url
    })
  }

  async close(): Promise<void> {
    for (const cleanup of this.cleanups.reverse()) {
      try {
        await cleanup()
      } catch {
        // best effort
      }
    }
    if (!this.options.keep) fs.rmSync(this.tmp, { recursive: true, force: true })
  }
}
