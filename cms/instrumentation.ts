/**
 * Runs once when the Next server starts (`next start cms`, used by `npm start`): starts Payload
 * with its cron runner, so scheduled publishes happen even if nobody opens the admin, hands the
 * publisher the site's build runner, picks up site rebuilds an earlier process left queued, and
 * stamps each request with its socket address (cms/server/rate-limit.ts).
 * Payload skips the crons during `next build`.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  // Sign-in limits are keyed on the socket address, which Next's route handlers cannot see.
  const { stampPeersOfEveryServer } = await import('./server/rate-limit.ts')
  stampPeersOfEveryServer()
  const { getPayload } = await import('payload')
  const { default: config } = await import('./payload.config.ts')
  const { setSiteBuildRunner } = await import('./publish/site-builds.ts')
  const { resumeRebuilds } = await import('./publish/rebuild-jobs.ts')
  const { runSiteBuild } = await import('./publish/site-build-process.ts')
  setSiteBuildRunner(runSiteBuild)
  const payload = await getPayload({ config, cron: true })
  await resumeRebuilds(payload)
}
