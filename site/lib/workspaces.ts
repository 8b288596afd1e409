/** The bodies (机构) on the site: what each holds, and the notice list's 按机构 filter. */
import type { FaqData, FormData, NoticeData, WorkspaceData } from './schemas.ts'
import type { SiteData } from './site-data.ts'

export interface BureauHoldings {
  workspace: WorkspaceData
  notices: NoticeData[]
  faqs: FaqData[]
  forms: FormData[]
}

const same = (a: unknown, b: unknown) => a !== undefined && String(a) === String(b)

/** What the site holds from one body: its notices (newest first), FAQs and forms. */
export function holdingsOf(site: Pick<SiteData, 'notices' | 'faqs' | 'formsByNotice'>, workspace: WorkspaceData): BureauHoldings {
  const forms = [...site.formsByNotice.values()].flat().filter((f) => same(f.workspace, workspace.id))
  return {
    workspace,
    notices: site.notices.filter((n) => same(n.workspace, workspace.id)),
    faqs: site.faqs.filter((f) => same(f.workspace, workspace.id)),
    forms,
  }
}

/** The notices with the slug of the body that published each, for the list's 机构 filter. */
export function withWorkspaceSlugs<N extends { workspace?: unknown }>(site: Pick<SiteData, 'workspaces'>, notices: readonly N[]): Array<N & { workspaceSlug?: string }> {
  return notices.map((n) => ({ ...n, workspaceSlug: site.workspaces.find((w) => same(n.workspace, w.id))?.slug }))
}

/** The 按机构 group of the notice filters: every body with notices, in the site's order. */
export function workspaceFacet(site: Pick<SiteData, 'notices' | 'workspaces'>): Array<{ value: string; label: string; count: number }> {
  return site.workspaces.map((w) => ({ value: w.slug, label: w.shortName, count: site.notices.filter((n) => same(n.workspace, w.id)).length }))
}
