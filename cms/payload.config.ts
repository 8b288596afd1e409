import { lexicalEditor } from '@payloadcms/richtext-lexical'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { zh } from '@payloadcms/translations/languages/zh'
import { buildConfig } from 'payload'
import sharp from 'sharp'
import { Faqs } from './collections/Faqs.ts'
import { richTextFeatures } from './fields/rich-text-features.ts'
import { Forms } from './collections/Forms.ts'
import { Media } from './collections/Media/index.ts'
import { Notices } from './collections/Notices/index.ts'
import { Providers } from './collections/Providers.ts'
import { Topics } from './collections/Topics/index.ts'
import { Users } from './collections/Users/index.ts'
import { Workspaces } from './collections/Workspaces.ts'
import { publishersRunJobs } from './access/publishers-run-jobs.ts'
import { withInputLimits } from './fields/input-limits.ts'
import { withSystemFieldsDropped } from './fields/system-fields.ts'
import { SiteBuild } from './globals/SiteBuild.ts'
import { previewCollections, previewPath } from './collections/editorial.ts'
import { rebuildSiteTask } from './publish/rebuild-jobs.ts'
import { withDraftValidation } from './review/draft-validation.ts'
import { reviewTranslations } from './review/translations.ts'
import { withReview } from './review/with-review.ts'
import { withRebuildHooks } from './publish/with-rebuild-hooks.ts'
import { withSpreadsheets } from './spreadsheet/endpoints.ts'
import { withWorkspaces } from './workspaces/with-workspaces.ts'
import { chooseDatabase, databaseAdapter } from './database.ts'
import { mailTranslations } from './email/admin-notice.ts'
import { mailAdapter } from './email/smtp-adapter.ts'
import { payloadSecret } from './secret.ts'
import { accessQueryForStrangers } from './server/graphql-access.ts'
import { rememberingGraphqlModule } from './server/graphql-validation.ts'
import { withGlobalReadInvalidation, withPublicReadInvalidation } from './server/public-read-invalidation.ts'
import { showPublicErrors } from './server/public-errors.ts'

const dirname = path.dirname(fileURLToPath(import.meta.url))

/** The CMS's address as the browser sees it: CMS_PUBLIC_URL, else the request's own origin. */
function cmsOrigin(req: { url?: string; headers?: Headers }): string {
  if (process.env.CMS_PUBLIC_URL) return process.env.CMS_PUBLIC_URL.replace(/\/+$/, '')
  const host = req.headers?.get('host')
  if (host && /^[\w.-]+(:\d+)?$/.test(host)) return `http://${host}`
  try {
    return new URL(req.url ?? '').origin
  } catch {
    return ''
  }
}

export default buildConfig({
  secret: payloadSecret(),
  serverURL: process.env.CMS_PUBLIC_URL ?? '',
  // Cookie sign-ins count only from the CMS's own origin (CSRF); API clients send a JWT header.
  csrf: process.env.CMS_PUBLIC_URL ? [process.env.CMS_PUBLIC_URL] : [],
  admin: {
    user: Users.slug,
    // No Gravatar: the admin must not call out to third parties (and cannot, on closed networks).
    avatar: 'default',
    meta: { titleSuffix: ' · 安徽专技继续教育' },
    importMap: { baseDir: dirname, importMapFile: path.join(dirname, 'app', '(payload)', 'admin', 'importMap.js') },
    components: {
      beforeDashboard: ['/components/admin/EditorGuide.tsx#EditorGuide', '/review/admin/ReviewQueue.tsx#ReviewQueue'],
      // Only for users with several workspaces (cms/workspaces/selection.ts).
      beforeNavLinks: ['/components/admin/WorkspaceSelector.tsx#WorkspaceSelector'],
      providers: ['/components/admin/ChineseAdmin.tsx#ChineseAdmin'],
      graphics: { Logo: '/components/admin/SiteLogo.tsx#SiteLogo', Icon: '/components/admin/SiteLogo.tsx#SiteIcon' },
    },
    // 2026年12月1日 09:08; the time zone for scheduling is Beijing's.
    dateFormat: 'yyyy年M月d日 HH:mm',
    timezones: { defaultTimezone: 'Asia/Shanghai', supportedTimezones: [{ label: '北京时间', value: 'Asia/Shanghai' }] },
    // 实时预览 tab: the draft's public page beside the form, reloaded after every save and autosave
    // (refresh-on-save.ts in the preview's own folder under site/preview). The admin compares message origins with this URL,
    // so it is absolute: the CMS's own address, under which /preview/ is served.
    livePreview: {
      collections: [...previewCollections],
      url: ({ data, collectionConfig, req }) => {
        const path = previewPath(collectionConfig?.slug ?? '', data?.id)
        return path ? `${cmsOrigin(req)}${path}` : ''
      },
    },
  },
  i18n: { supportedLanguages: { zh }, fallbackLanguage: 'zh', translations: { zh: { ...mailTranslations(), ...reviewTranslations } } },
  // SMTP_URL / MAIL_FROM (cms/email/): password-reset mail; without SMTP_URL nothing is sent.
  email: mailAdapter(),
  collections: withPublicReadInvalidation(
    withSystemFieldsDropped(
      withInputLimits(
        withRebuildHooks(
          withSpreadsheets(
            withDraftValidation(withReview(withWorkspaces([Notices, Topics, Providers, Faqs, Forms, Media, Users, Workspaces]))),
            ['notices', 'topics', 'providers', 'faqs', 'forms', 'media'],
          ),
        ),
      ),
    ),
  ),
  globals: withGlobalReadInvalidation([SiteBuild]),
  // Refusals reach the client as written, in Chinese, under the production build too.
  hooks: { afterError: [showPublicErrors] },
  // Refusals of bad input are expected traffic, not server faults.
  loggingLevels: { QueryError: 'info', PublicError: 'info' } as Record<string, 'info'>,
  editor: lexicalEditor({ features: richTextFeatures }),
  db: databaseAdapter(chooseDatabase()),
  sharp,
  upload: { limits: { fileSize: 20 * 1024 * 1024 } },
  // Types are generated on purpose (npm run cms:types); a test booting under a
  // mongodb:// URI would otherwise rewrite them with string ids.
  typescript: { autoGenerate: false, outputFile: path.join(dirname, 'payload-types.ts') },
  graphQL: { disablePlaygroundInProduction: true, queries: rememberingGraphqlModule(accessQueryForStrangers) },
  jobs: {
    access: { queue: publishersRunJobs, run: publishersRunJobs, cancel: publishersRunJobs },
    // Scheduled publishing runs inside the CMS server (`npm start` → next start): every minute the
    // runner picks up due jobs, so a notice goes public at its time without anyone signed in.
    // The server starts the runner at boot (cms/instrumentation.ts). CMS_JOBS_AUTORUN=off turns
    // it off, e.g. on a second server sharing the same database.
    autoRun: [{ cron: '* * * * *', queue: 'default', limit: 20 }],
    // Site rebuilds (queue `site`) are jobs too, so a pending one survives a restart; the server
    // that runs jobs wakes the runner when one is due rather than on the minute (publish/rebuild-jobs.ts).
    tasks: [rebuildSiteTask],
    shouldAutoRun: () => process.env.CMS_JOBS_AUTORUN !== 'off',
  },
})
