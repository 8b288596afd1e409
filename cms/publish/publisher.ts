import type { Payload } from 'payload'
import { createRebuildQueue, type RebuildQueue } from './rebuildQueue.ts'
import { buildAndSwitch, type BuildResult } from './siteBuilds.ts'

/**
 * How a publish reaches the public: `local` builds the site here and switches the served folder
 * (what `npm start` does), `hook` POSTs to DEPLOY_HOOK_URL so a static host or CI builds it,
 * `off` (the default, e.g. in tests) does nothing.
 */
export type PublishMode = 'local' | 'hook' | 'off'

export function publishMode(env: NodeJS.ProcessEnv = process.env): PublishMode {
  if (env.DEPLOY_HOOK_URL) return 'hook'
  if (env.SITE_REBUILD === 'local') return 'local'
  return 'off'
}

export const siteBuildSlug = 'site-build'

type Holder = { queue?: RebuildQueue }
// One queue per server process, also across Next's module reloads.
const holder = globalThis as typeof globalThis & { __siteRebuild?: Holder }
holder.__siteRebuild ??= {}

export function rebuildQueue(payload: Payload): RebuildQueue | undefined {
  const mode = publishMode()
  if (mode === 'off') return undefined
  holder.__siteRebuild!.queue ??= createRebuildQueue({
    debounceMs: Number(process.env.SITE_REBUILD_DEBOUNCE_MS ?? 5_000),
    maxWaitMs: Number(process.env.SITE_REBUILD_MAX_WAIT_MS ?? 30_000),
    run: async (reasons) => {
      if (mode === 'hook') return callDeployHook(payload, reasons)
      await buildAndRecord(payload, reasons, { cmsUrl: process.env.CMS_INTERNAL_URL ?? `http://localhost:${process.env.PORT ?? 3000}` })
    },
    onError: (error) => payload.logger.error({ err: error, msg: '网站重建出错' }),
  })
  return holder.__siteRebuild!.queue
}

async function record(payload: Payload, data: Record<string, unknown>) {
  await payload.updateGlobal({ slug: siteBuildSlug as never, data: data as never, overrideAccess: true, context: { disableRebuild: true } })
}

/**
 * Builds the site from `cmsUrl`, switches it in when complete, and records the outcome where
 * editors see it (系统 › 网站发布状态). Used by the rebuild queue and by `npm start`'s first build.
 */
export async function buildAndRecord(
  payload: Payload,
  reasons: string[],
  { cmsUrl, onOutput }: { cmsUrl: string; onOutput?: (chunk: string) => void },
): Promise<BuildResult> {
  await record(payload, { status: 'building', lastAttemptAt: new Date().toISOString(), lastReasons: reasons.join('\n') })
  payload.logger.info(`网站重建开始：${reasons.join('，')}`)
  const result = await buildAndSwitch({ cmsUrl, onOutput })
  if (result.ok) {
    await record(payload, { status: 'ok', lastSuccessAt: new Date().toISOString(), lastDurationMs: result.durationMs, lastError: null })
    payload.logger.info(`网站重建完成，用时 ${Math.round(result.durationMs / 1000)} 秒`)
  } else {
    await record(payload, { status: 'failed', lastError: result.log.slice(-4000) })
    payload.logger.error(`网站重建失败（${reasons.join('，')}），公众网站保持上一版本`)
  }
  return result
}

async function callDeployHook(payload: Payload, reasons: string[]) {
  const url = process.env.DEPLOY_HOOK_URL!
  await record(payload, { status: 'building', lastAttemptAt: new Date().toISOString(), lastReasons: reasons.join('\n') })
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ reasons }),
      signal: AbortSignal.timeout(30_000),
    })
    if (!response.ok) throw new Error(`部署钩子返回 HTTP ${response.status}`)
    await record(payload, { status: 'ok', lastSuccessAt: new Date().toISOString(), lastError: null })
  } catch (error) {
    await record(payload, { status: 'failed', lastError: `调用部署钩子失败：${(error as Error).message}` })
  }
}
