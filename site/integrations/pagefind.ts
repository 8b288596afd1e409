/**
 * Builds the Pagefind search index after `astro build`, with Pagefind's Node API, into
 * `<outDir>/pagefind/`. The language is forced to Chinese so text is segmented into words
 * (Pagefind otherwise reads the html lang, which is zh-CN too). Only elements marked
 * `data-pagefind-body` are indexed, so lists and the home page stay out of the results.
 */
import { fileURLToPath } from 'node:url'
import type { AstroIntegration } from 'astro'
import * as pagefind from 'pagefind'

export interface PagefindOptions {
  /** ISO 639-1 code for segmentation; `zh-cn` by default. */
  language?: string
}

export default function pagefindIntegration(options: PagefindOptions = {}): AstroIntegration {
  return {
    name: 'anhui-jxjy:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir)
        const log = logger.fork('pagefind')
        try {
          const { index, errors } = await pagefind.createIndex({ forceLanguage: options.language ?? 'zh-cn' })
          if (!index) throw new Error(`无法创建搜索索引：${errors.join('；')}`)
          const added = await index.addDirectory({ path: outDir })
          if (added.errors.length) throw new Error(`索引页面出错：${added.errors.join('；')}`)
          if (added.page_count === 0) throw new Error(`${outDir} 中没有可索引的页面（缺少 data-pagefind-body？）`)
          const written = await index.writeFiles({ outputPath: `${outDir.replace(/\/$/, '')}/pagefind` })
          if (written.errors.length) throw new Error(`写入搜索索引出错：${written.errors.join('；')}`)
          log.info(`已索引 ${added.page_count} 个页面 → ${written.outputPath}`)
        } catch (error) {
          throw new Error(`Pagefind 建立搜索索引失败：${(error as Error).message}`, { cause: error })
        } finally {
          await pagefind.close()
        }
      },
    },
  }
}
