/**
 * Writes `file.gz` and `file.br` next to every text file of the finished build, once, so the
 * server (scripts/lib/static-server.ts, or any static host told to use them) sends compressed
 * files without compressing on each request. Runs last, after the Pagefind index is written;
 * Pagefind's own index files are compressed already and are left alone.
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import zlib from 'node:zlib'
import type { AstroIntegration } from 'astro'

const compressible = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.ics', '.txt', '.svg', '.webmanifest'])
/** Below this, a compressed file saves less than the headers cost. */
const minimumBytes = 1024
const gzip = promisify(zlib.gzip)
const brotli = promisify(zlib.brotliCompress)

export interface PrecompressResult {
  files: number
  bytesBefore: number
  bytesGzip: number
  bytesBrotli: number
}

async function compressOne(file: string, result: PrecompressResult): Promise<void> {
  const body = await fs.promises.readFile(file)
  if (body.length < minimumBytes) return
  const [gz, br] = await Promise.all([
    gzip(body, { level: zlib.constants.Z_BEST_COMPRESSION }),
    brotli(body, {
      params: {
        [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
        [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    }),
  ])
  // Kept only where it pays: a variant no smaller than the original would just cost a lookup.
  if (gz.length < body.length * 0.9) await fs.promises.writeFile(`${file}.gz`, gz)
  if (br.length < body.length * 0.9) await fs.promises.writeFile(`${file}.br`, br)
  result.files++
  result.bytesBefore += body.length
  result.bytesGzip += Math.min(gz.length, body.length)
  result.bytesBrotli += Math.min(br.length, body.length)
}

/** Compresses every compressible file under `dir`, two at a time (the work runs on libuv's threads). */
export async function precompressDirectory(dir: string): Promise<PrecompressResult> {
  const result: PrecompressResult = { files: 0, bytesBefore: 0, bytesGzip: 0, bytesBrotli: 0 }
  const files = (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((entry) => entry.isFile() && compressible.has(path.extname(entry.name).toLowerCase()))
    .map((entry) => path.join(entry.parentPath, entry.name))
  let next = 0
  const worker = async () => {
    while (next < files.length) await compressOne(files[next++]!, result)
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
        const { files, bytesBefore, bytesGzip, bytesBrotli } = await precompressDirectory(fileURLToPath(dir))
        const kb = (bytes: number) => `${Math.round(bytes / 1024)} KB`
        logger.info(
          `已预压缩 ${files} 个文件：${kb(bytesBefore)} → gzip ${kb(bytesGzip)}，brotli ${kb(bytesBrotli)}（${Date.now() - started} ms）`,
        )
      },
    },
  }
}
