/**
 * Builds the Pagefind search index after `astro build`, with Pagefind's Node API. The language
 * is forced to Chinese so text is segmented into words (Pagefind otherwise reads the html lang,
 * which is zh-CN too). Only elements marked `data-pagefind-body` are indexed, so lists and the
 * home page stay out of the results.
 *
 * Two bundles (Pagefind's multisite): `<outDir>/pagefind/`, the primary index a first query
 * loads, and `<outDir>/pagefind/archive/`, the long tail (see `tierOf`), which the search page
 * merges in only when the primary index has too few results, for a 文号, or for "more results".
 * Every indexed page costs a first query bytes in the index's metadata (about 5 bytes a page,
 * 7.5 with the date sort: 75 KB at 10,000 pages), so on a large site (more than `splitAbove`
 * pages) the long tail goes to the second bundle; a smaller site has one bundle and an empty
 * archive.
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { AstroIntegration } from 'astro'
import * as pagefind from 'pagefind'
import { siteToday } from '../lib/site-today.ts'

export interface PagefindOptions {
  /** ISO 639-1 code for segmentation; `zh-cn` by default. */
  language?: string
}

export type Tier = 'primary' | 'archive'

/** Study years that stay in the primary index: the build's and the one before (whose study window may still be open). */
export const primaryYears = 2
/** Where the long tail's bundle goes, inside the primary bundle's folder. */
export const archiveFolder = 'archive'
/** Sites with more indexed pages than this split off their long tail. */
export const splitAbove = 2000

/**
 * Which bundle a page goes to, from its own Pagefind filters: a repealed or expired notice, or a
 * page whose latest year is more than `primaryYears` before the build's, is the long tail;
 * everything else (and anything without a year: providers, guides, the calculator) is primary.
 */
export function tierOf(html: string, buildYear: number, file = '', years = primaryYears): Tier {
  // A provider's years are its topics', not its age.
  if (file.startsWith('providers')) return 'primary'
  const filters = [...html.matchAll(/data-pagefind-filter="([a-z]+):([^"]*)"/g)].map((m) => [m[1], m[2]] as const)
  if (filters.some(([name, value]) => name === 'status' && value !== '现行有效')) return 'archive'
  const pageYears = filters.filter(([name]) => name === 'year').map(([, value]) => Number(value))
  if (pageYears.length && Math.max(...pageYears) < buildYear - years + 1) return 'archive'
  return 'primary'
}

function htmlFiles(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.html') && !f.startsWith(`pagefind${path.sep}`))
}

export interface IndexedSite {
  pages: Record<Tier, number>
}

/** Indexes a built site into its two bundles. */
export async function indexSite(outDir: string, options: PagefindOptions & { buildYear: number; splitAbove?: number; primaryYears?: number }): Promise<IndexedSite> {
  const language = options.language ?? 'zh-cn'
  const bundles = {} as Record<Tier, pagefind.PagefindIndex>
  for (const tier of ['primary', 'archive'] as const) {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: language })
    if (!index) throw new Error(`无法创建搜索索引：${errors.join('；')}`)
    bundles[tier] = index
  }
  const pages: Record<Tier, number> = { primary: 0, archive: 0 }
  const indexed = htmlFiles(outDir).filter((file) => fs.readFileSync(path.join(outDir, file), 'utf8').includes('data-pagefind-body'))
  const split = indexed.length > (options.splitAbove ?? splitAbove)
  for (const file of indexed) {
    const content = fs.readFileSync(path.join(outDir, file), 'utf8')
    const tier = split ? tierOf(content, options.buildYear, file, options.primaryYears) : 'primary'
    const added = await bundles[tier].addHTMLFile({ sourcePath: file.split(path.sep).join('/'), content })
    if (added.errors.length) throw new Error(`索引页面 ${file} 出错：${added.errors.join('；')}`)
    pages[tier] += 1
  }
  if (pages.primary === 0) throw new Error(`${outDir} 中没有可索引的页面（缺少 data-pagefind-body？）`)
  const root = path.join(outDir, 'pagefind')
  for (const [tier, outputPath] of [['primary', root], ['archive', path.join(root, archiveFolder)]] as const) {
    const written = await bundles[tier].writeFiles({ outputPath })
    if (written.errors.length) throw new Error(`写入搜索索引出错：${written.errors.join('；')}`)
  }
  return { pages }
}

export default function pagefindIntegration(options: PagefindOptions = {}): AstroIntegration {
  return {
    name: 'anhui-jxjy:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir)
        const log = logger.fork('pagefind')
        // The build's year, as the pages' own "today" (site/lib/site-data.ts).
        const buildYear = Number(siteToday().slice(0, 4))
        try {
          const { pages } = await indexSite(outDir, { ...options, buildYear })
          log.info(`已索引 ${pages.primary + pages.archive} 个页面（主索引 ${pages.primary}，往年与失效 ${pages.archive}）→ ${path.join(outDir, 'pagefind')}`)
        } catch (error) {
          throw new Error(`Pagefind 建立搜索索引失败：${(error as Error).message}`, { cause: error })
        } finally {
          await pagefind.close()
        }
      },
    },
  }
}
