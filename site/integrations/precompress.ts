/**
 * Writes `file.gz` and `file.br` next to every text file of the finished build, once, so the
 * server (scripts/lib/static-server.ts, or any static host told to use them) sends compressed
 * files without compressing on each request. Runs last, after the Pagefind index is written.
 *
 * Pagefind writes its own files (script's WebAssembly, metadata, index chunks, fragments, filters)
 * gzipped, and its script gunzips whatever does not already start with its signature
 * `pagefind_dcd`. So each of them also gets a `.br` of its decompressed bytes: a browser that
 * takes brotli receives about 15 % fewer bytes, decodes them natively, and Pagefind finds its
 * signature and skips its own gunzip. Clients without brotli get the gzipped original, as before.
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import zlib from 'node:zlib'
import type { AstroIntegration } from 'astro'
import { archiveFolder } from './pagefind.ts'

const compressible = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.ics', '.txt', '.svg', '.webmanifest'])
/** Below this, a compressed file saves less than the headers cost. */
const minimumBytes = 1024
/** Pagefind's own files, gzipped by Pagefind. */
const pagefindFile = /\.(pagefind|pf_meta|pf_index|pf_fragment|pf_filter)$/
const pagefindSignature = Buffer.from('pagefind_dcd')
const gzip = promisify(zlib.gzip)
const gunzip = promisify(zlib.gunzip)
const brotli = promisify(zlib.brotliCompress)

export interface PrecompressResult {
  files: number
  bytesBefore: number
  bytesGzip: number
  bytesBrotli: number
  /** Pagefind's files given a brotli copy, and their bytes as Pagefind gzipped them and as brotli */
  pagefind: { files: number; bytesGzip: number; bytesBrotli: number }
}

/**
 * The search archive (`pagefind/archive/`, most of a large site's index, loaded only when a
 * search needs it) is compressed one step below the maximum: about 3 % larger and half the
 * time, which at 10,000 documents is a minute of every rebuild.
 */
const inArchive = (file: string) => file.split(path.sep).join('/').includes(`/pagefind/${archiveFolder}/`)
const archiveQuality = 10

const brotliOf = (body: Buffer, mode: number, quality: number = zlib.constants.BROTLI_MAX_QUALITY) =>
  brotli(body, {
    params: {
      [zlib.constants.BROTLI_PARAM_MODE]: mode,
      [zlib.constants.BROTLI_PARAM_QUALITY]: quality,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length,
    },
  })

async function compressOne(file: string, result: PrecompressResult): Promise<void> {
  const body = await fs.promises.readFile(file)
  if (body.length < minimumBytes) return
  const [gz, br] = await Promise.all([
    gzip(body, { level: zlib.constants.Z_BEST_COMPRESSION }),
    brotliOf(body, zlib.constants.BROTLI_MODE_TEXT),
  ])
  // Kept only where it pays: a variant no smaller than the original would just cost a lookup.
  if (gz.length < body.length * 0.9) await fs.promises.writeFile(`${file}.gz`, gz)
  if (br.length < body.length * 0.9) await fs.promises.writeFile(`${file}.br`, br)
  result.files++
  result.bytesBefore += body.length
  result.bytesGzip += Math.min(gz.length, body.length)
  result.bytesBrotli += Math.min(br.length, body.length)
}

async function recompressPagefindFile(file: string, result: PrecompressResult): Promise<void> {
  const gzipped = await fs.promises.readFile(file)
  const raw = await gunzip(gzipped).catch(() => undefined)
  // Not a file Pagefind wrote (or one its script would not accept decompressed): left alone.
  if (!raw?.subarray(0, pagefindSignature.length).equals(pagefindSignature)) return
  const br = await brotliOf(raw, zlib.constants.BROTLI_MODE_GENERIC, inArchive(file) ? archiveQuality : zlib.constants.BROTLI_MAX_QUALITY)
  if (br.length >= gzipped.length * 0.97) return
  await fs.promises.writeFile(`${file}.br`, br)
  result.pagefind.files++
  result.pagefind.bytesGzip += gzipped.length
  result.pagefind.bytesBrotli += br.length
}

/** Compresses every compressible file under `dir`, two at a time (the work runs on libuv's threads). */
export async function precompressDirectory(dir: string): Promise<PrecompressResult> {
  const result: PrecompressResult = { files: 0, bytesBefore: 0, bytesGzip: 0, bytesBrotli: 0, pagefind: { files: 0, bytesGzip: 0, bytesBrotli: 0 } }
  const files = (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((entry) => entry.isFile() && (compressible.has(path.extname(entry.name).toLowerCase()) || pagefindFile.test(entry.name)))
    .map((entry) => path.join(entry.parentPath, entry.name))
  let next = 0
  const worker = async () => {
    while (next < files.length) {
      const file = files[next++]!
      await (pagefindFile.test(file) ? recompressPagefindFile(file, result) : compressOne(file, result))
    }
  }
  await Promise.all([worker(), worker()])
  return result
}

export default function precompressIntegration(): AstroIntegration {
  return {
    name: 'anhui-jxjy:precompress',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = Date.now()
        const { files, bytesBefore, bytesGzip, bytesBrotli, pagefind } = await precompressDirectory(fileURLToPath(dir))
        const kb = (bytes: number) => `${Math.round(bytes / 1024)} KB`
        logger.info(
          `已预压缩 ${files} 个文件：${kb(bytesBefore)} → gzip ${kb(bytesGzip)}，brotli ${kb(bytesBrotli)}；` +
            `搜索索引 ${pagefind.files} 个文件：gzip ${kb(pagefind.bytesGzip)} → brotli ${kb(pagefind.bytesBrotli)}（${Date.now() - started} ms）`,
        )
      },
    },
  }
}
