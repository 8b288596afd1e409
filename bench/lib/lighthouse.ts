/**
 * Lighthouse in its default (mobile: Moto G Power emulation, simulated slow 4G and 4× CPU
 * throttling) configuration, all four categories, on Debian's Chromium.
 */
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { chromiumFlags, chromiumPath } from './chromium.ts'

export const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const
export type Category = (typeof categories)[number]

export interface LighthouseScores {
  url: string
  scores: Record<Category, number | null>
  /** audits scoring below 1 that count towards a category, with their titles */
  failing: Array<{ id: string; title: string; score: number | null; detail?: string }>
  metrics: { fcpMs: number | null; lcpMs: number | null; tbtMs: number | null; cls: number | null }
  runtimeError?: string
}

export interface LighthouseRunner {
  run(url: string): Promise<LighthouseScores>
  close(): Promise<void>
}

export async function startLighthouse(): Promise<LighthouseRunner> {
  const chrome = await chromeLauncher.launch({ chromePath: chromiumPath, chromeFlags: chromiumFlags, logLevel: 'silent' })
  return {
    async run(url) {
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...categories] })
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`)
      const lhr = result.lhr
      const scores = Object.fromEntries(categories.map((c) => [c, lhr.categories[c]?.score ?? null])) as Record<Category, number | null>
      const counted = new Set(categories.flatMap((c) => lhr.categories[c]?.auditRefs.filter((a) => a.weight > 0).map((a) => a.id) ?? []))
      const failing = Object.values(lhr.audits)
        .filter((a) => counted.has(a.id) && a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative')
        .map((a) => ({ id: a.id, title: a.title, score: a.score, ...firstDetail(a.details) }))
      const numeric = (id: string) => lhr.audits[id]?.numericValue ?? null
      return {
        url,
        scores,
        failing,
        metrics: {
          fcpMs: numeric('first-contentful-paint'),
          lcpMs: numeric('largest-contentful-paint'),
          tbtMs: numeric('total-blocking-time'),
          cls: numeric('cumulative-layout-shift'),
        },
        ...(lhr.runtimeError ? { runtimeError: `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` } : {}),
      }
    },
    async close() {
      chrome.kill()
    },
  }
}

/** The first item of an audit's details (e.g. the console error), shortened. */
function firstDetail(details: unknown): { detail?: string } {
  const items = (details as { items?: Array<Record<string, unknown>> } | undefined)?.items
  const item = items?.[0]
  if (!item) return {}
  const text = item.description ?? item.issueType ?? item.node ?? item.url ?? item.source
  const snippet = (text as { snippet?: unknown } | undefined)?.snippet
  const value = typeof text === 'string' ? text : typeof snippet === 'string' ? snippet : JSON.stringify(text)
  return value ? { detail: value.slice(0, 200) } : {}
}
