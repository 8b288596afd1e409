import type { Payload } from 'payload'
import { buildAndSwitch, type BuildResult } from './site-builds.ts'

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

/** The cms's own address for the build to read, as `npm start` gives it. */
const internalCmsUrl = () => process.env.CMS_INTERNAL_URL ?? `http://localhost:${process.env.PORT ?? 3000}`

/** One rebuild, as the rebuild job runs it (the caller holds the build lock). */
export async function performRebuild(payload: Payload, reasons: string[]): Promise<string> {
  const mode = publishMode()
  if (mode === 'hook') {
    await callDeployHook(payload, reasons)
    return 'hook'
  }
  if (mode === 'off') return 'off'
  const result = await buildAndRecord(payload, reasons, { cmsUrl: internalCmsUrl(), lockHeld: true })
  return result.ok ? 'built' : 'failed'
}

async function record(payload: Payload, data: Record<string, unknown>) {
  await payload.updateGlobal({ slug: siteBuildSlug as never, data: data as never, overrideAccess: true, context: { disableRebuild: true } })
}

/**
 * Builds the site from `cmsUrl`, switches it in when complete, and records the outcome where
 * editors see it (系统 › 网站发布状态). Used by the rebuild job and by `npm start`'s first build.
 */
export async function buildAndRecord(
  payload: Payload,
  reasons: string[],
  { cmsUrl, onOutput, lockHeld }: { cmsUrl: string; onOutput?: (chunk: string) => void; lockHeld?: boolean },
): Promise<BuildResult> {
  await record(payload, { status: 'building', lastAttemptAt: new Date().toISOString(), lastReasons: reasons.join('\n') })
  payload.logger.info(`网站重建开始：${reasons.join('，')}`)
  const result = await buildAndSwitch({ cmsUrl, onOutput, lockHeld })
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
