/**
 * The search recall suite (search-recall-cases.ts) run through a site's own search UI
 * in Chromium: how many of the seed's 文号 find their notice at rank 1, and how many everyday
 * queries find their page in the top 3. For Starlight the expected paths are mapped to its
 * URLs (/topics/<slug>/); pages it does not have (/topics/, /calculator/) count as misses.
 */
import type { Browser, Page } from 'playwright-core'
import type { Corpus } from '../../content/schema.ts'
import { rankOf, recallCases, searchUi, type Ranked, type RecallCase } from './search-recall-cases.ts'

export interface RecallFigures {
  docNumbers: { passed: number; total: number }
  everyday: { passed: number; total: number }
  /** the cases that missed, with the rank reached */
  misses: string[]
}

type Asker = (page: Page, baseUrl: string, query: string) => Promise<Ranked>

async function starlightAsk(page: Page, baseUrl: string, query: string): Promise<Ranked> {
  await page.goto(`${baseUrl}/`, { waitUntil: 'load' })
  await page.locator('button[data-open-modal]').first().click()
  const input = page.locator('.pagefind-ui__search-input').first()
  await input.waitFor({ timeout: 15_000 })
  await input.fill(query)
  await page
    .waitForFunction(() => document.querySelector('.pagefind-ui__message')?.textContent?.match(/\d|No results|没有/), undefined, { timeout: 15_000 })
    .catch(() => undefined)
  await page.waitForTimeout(300)
  const paths = await page
    .locator('.pagefind-ui__result > .pagefind-ui__result-inner > .pagefind-ui__result-title .pagefind-ui__result-link')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname))
  return { status: (await page.locator('.pagefind-ui__message').first().textContent().catch(() => '')) ?? '', paths }
}

const starlightPath = (p: string) => p.replace(/^\/topics\/\d{4}\/([^/]+)\/$/, '/topics/$1/')

export async function recall(browser: Browser, baseUrl: string, seed: Corpus, site: 'ours' | 'starlight'): Promise<RecallFigures> {
  const ask: Asker = site === 'ours' ? searchUi : starlightAsk
  const context = await browser.newContext({ serviceWorkers: 'block' })
  const page = await context.newPage()
  const out: RecallFigures = { docNumbers: { passed: 0, total: 0 }, everyday: { passed: 0, total: 0 }, misses: [] }
  try {
    for (const c of recallCases(seed) as RecallCase[]) {
      const expected = site === 'ours' ? c.expected : c.expected.map(starlightPath)
      let rank: number | null = null
      try {
        rank = rankOf(await ask(page, baseUrl, c.query), expected)
      } catch {
        rank = null
      }
      const bucket = c.kind === '文号' ? out.docNumbers : out.everyday
      bucket.total += 1
      if (rank !== null && rank <= c.within) bucket.passed += 1
      else out.misses.push(`${c.query} (${rank ?? '—'})`)
    }
  } finally {
    await context.close()
  }
  return out
}

export const formatRecall = (r: RecallFigures | undefined) =>
  r ? `文号 ${r.docNumbers.passed}/${r.docNumbers.total} at 1, everyday ${r.everyday.passed}/${r.everyday.total} in top 3` : '—'
