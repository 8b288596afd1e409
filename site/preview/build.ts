// Builds the draft preview's server (astro.preview.config.mjs) into .data/preview/ (or --out-dir):
// `node site/preview/build.ts [--out-dir DIR] [--quiet]`. It reads no content: the preview asks
// the CMS on each request, so this build needs no CMS and changes only when the code does.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { dataPaths, projectRoot } from '../../paths.ts'

/** Where the preview server is built: PREVIEW_BUILD_DIR, else .data/preview/. */
export function previewBuildDir(): string {
  return process.env.PREVIEW_BUILD_DIR?.trim() || dataPaths.previewBuild
}

export async function buildPreview(options: { outDir?: string; quiet?: boolean } = {}): Promise<string> {
  const outDir = path.resolve(projectRoot, options.outDir ?? previewBuildDir())
  process.env.PREVIEW_BUILD_DIR = outDir
  const { build } = await import('astro')
  await build({
    root: projectRoot,
    configFile: 'astro.preview.config.mjs',
    outDir,
    logLevel: options.quiet ? 'warn' : 'info',
  })
  linkPackages(outDir)
  return outDir
}

/**
 * The built server imports the packages Astro keeps external (its own helpers among them) by
 * name. Node finds them by walking up from the file, so a build outside the project (a
 * PREVIEW_BUILD_DIR in /tmp) gets a link to the project's node_modules beside it.
 */
function linkPackages(outDir: string): void {
  const inside = !path.relative(projectRoot, outDir).startsWith('..')
  const link = path.join(outDir, 'node_modules')
  if (inside || fs.existsSync(link)) return
  fs.symlinkSync(path.join(projectRoot, 'node_modules'), link, 'dir')
}

/** The built request handler (Node adapter, middleware mode). */
export function previewEntry(outDir: string = previewBuildDir()): string {
  return path.join(outDir, 'server', 'entry.mjs')
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { 'out-dir': { type: 'string' }, quiet: { type: 'boolean', default: false } } })
  buildPreview({ outDir: values['out-dir'], quiet: values.quiet }).then(
    (dir) => {
      process.stderr.write(`预览服务已构建到 ${dir}\n`)
      process.exit(0)
    },
    (error: unknown) => {
      process.stderr.write(`错误：预览服务构建失败。${error instanceof Error ? error.message : String(error)}\n`)
      process.exit(1)
    },
  )
}
