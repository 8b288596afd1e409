import fs from 'node:fs'; import path from 'node:path'; import zlib from 'node:zlib'
const dir = process.argv[2]
const files = (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => /\.(pagefind|pf_[a-z]+)$/.test(f)).map((f) => zlib.gunzipSync(fs.readFileSync(path.join(dir, f))))
const raw = files.reduce((s, b) => s + b.length, 0)
for (const q of [5, 7, 9, 10, 11]) {
  const t = performance.now(); let out = 0
  for (const b of files) out += zlib.brotliCompressSync(b, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: q, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: b.length } }).length
  console.log(`q${q}`, files.length, 'files raw', raw, 'br', out, `${(performance.now() - t).toFixed(0)} ms`)
}
