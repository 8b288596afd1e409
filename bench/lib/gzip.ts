/** Sizes as a browser downloads them: gzipped the way our static server does (zlib default level). */
import fs from 'node:fs'
import zlib from 'node:zlib'

export function gzipSize(data: Buffer | string): number {
  return zlib.gzipSync(data).length
}

const cache = new Map<string, { raw: number; gzip: number }>()

/** Raw and gzipped size of a file, cached by path (built files do not change during a run). */
export function fileSizes(file: string): { raw: number; gzip: number } {
  let sizes = cache.get(file)
  if (!sizes) {
    const data = fs.readFileSync(file)
    sizes = { raw: data.length, gzip: gzipSize(data) }
    cache.set(file, sizes)
  }
  return sizes
}

/** Total bytes and number of files under a folder. */
export function folderSize(dir: string): { bytes: number; files: number } {
  let bytes = 0
  let files = 0
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue
    bytes += fs.statSync(`${entry.parentPath}/${entry.name}`).size
    files += 1
  }
  return { bytes, files }
}
