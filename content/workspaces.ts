/**
 * The bodies that publish on the site (机构): the province's 人社厅, the cities' 人社局 and the
 * provincial departments. `workspaces.json` holds only those the corpus names, with only the
 * contacts their notices print (`source` is the seed file they come from); admins add the rest
 * in the CMS. `issuers` are the 发文机关 whose notices the seed files under each body.
 */
import { readFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { z } from 'zod'
import { ContentError } from './content-error.ts'

// Not load.ts's contentDir: the CMS bundles this file under Next, whose bundler cannot resolve
// load.ts's `new URL('.', import.meta.url)` (next build fails); this form it handles (as paths.ts).
const contentDir = dirname(fileURLToPath(import.meta.url))

export const workspaceKinds = ['province', 'city', 'department'] as const
export type WorkspaceKind = (typeof workspaceKinds)[number]

export const workspaceKindLabels: Record<WorkspaceKind, string> = {
  province: '省级部门',
  city: '市级',
  department: '省直部门或行业',
}

/** A kind as the heading over its group of bodies (各地各部门). */
export const workspaceKindGroupTitles: Record<WorkspaceKind, string> = {
  province: '省级部门',
  city: '各市',
  department: '省直部门和行业',
}

export const workspaceRecord = z.object({
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'slug 只能由小写字母、数字和连字符组成' }),
  name: z.string().min(2),
  shortName: z.string().min(2),
  kind: z.enum(workspaceKinds),
  order: z.number().int(),
  issuers: z.array(z.string().min(2)).default([]),
  hotlines: z.array(z.string()).default([]),
  address: z.string().optional(),
  website: z.url().optional(),
  websiteNote: z.string().optional(),
  contactNote: z.string().optional(),
  source: z.string().optional(),
})
export type WorkspaceRecord = z.infer<typeof workspaceRecord>

/** Reads `workspaces.json`; exactly one body is the province (kind province comes first). */
export async function loadWorkspaces(dir: string = contentDir): Promise<WorkspaceRecord[]> {
  const file = 'workspaces.json'
  const raw = JSON.parse(await readFile(join(dir, file), 'utf8')) as unknown
  const parsed = z.array(workspaceRecord).safeParse(raw)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!
    throw new ContentError(file, issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : String(p))).join('.'), issue.message)
  }
  const seen = new Set<string>()
  parsed.data.forEach((w, i) => {
    if (seen.has(w.slug)) throw new ContentError(file, `[${i}].slug`, `slug “${w.slug}” 重复`)
    seen.add(w.slug)
  })
  if (!parsed.data.some((w) => w.kind === 'province')) throw new ContentError(file, 'kind', '须有一个省级部门（人社厅）')
  return parsed.data
}

/** The body a notice of this 发文机关 belongs to: the one listing the issuer, else the province. */
export function workspaceForIssuer(workspaces: WorkspaceRecord[], issuer: string): WorkspaceRecord {
  return workspaces.find((w) => w.issuers.includes(issuer)) ?? workspaces.find((w) => w.kind === 'province')!
}
