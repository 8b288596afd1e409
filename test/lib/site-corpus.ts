/**
 * The starting corpus (content/) as the site reads it from the CMS, for the unit tests in site/lib:
 * every record through the site's own zod schemas (site/lib/schemas.ts), each body in the workspace
 * of its issuer as the seed puts it, and Markdown as Lexical through the seed's converter. Ids are the slugs, so a test reads
 * `noticeById.get('wan-ren-she-mi-2025-109')`; the CMS's are numbers, which the site treats alike.
 */
import { loadCorpus, loadGuides } from '../../content/load.ts'
import { workspaceForIssuer } from '../../content/workspaces.ts'
import { faqSchema, formSchema, guideSchema, noticeSchema, providerSchema, topicSchema, workspaceSchema } from '../../site/lib/schemas.ts'
import type { SiteSources } from '../../site/lib/site-index.ts'
import { markdownConverter } from '../../cms/seed/markdown.ts'

const updatedAt = '2025-01-01T00:00:00.000Z'

// Markdown through the seed's own converter (Payload's, with the editor's features), as the CMS stores it.
const toRichText = markdownConverter(await (await import('../../cms/payload.config.ts')).default)

/** The corpus as site sources on `today` (the guides included, media none). */
export async function corpusSources(today: string): Promise<SiteSources> {
  const corpus = await loadCorpus()
  const workspaces = corpus.workspaces ?? []
  const workspaceOf = new Map(corpus.notices.map((n) => [n.slug, workspaceForIssuer(workspaces, n.issuer).slug]))
  return {
    today,
    workspaces: workspaces.map((w) =>
      workspaceSchema.parse({ ...w, id: w.slug, contacts: { hotlines: w.hotlines, address: w.address, website: w.website, websiteNote: w.websiteNote, note: w.contactNote }, updatedAt }),
    ),
    notices: await Promise.all(corpus.notices.map(async (n) => noticeSchema.parse({ ...n, id: n.slug, body: n.body.trim() ? await toRichText(n.body) : undefined, workspace: workspaceOf.get(n.slug), updatedAt }))),
    providers: corpus.providers.map((p) => providerSchema.parse({ ...p, id: p.slug, updatedAt })),
    topics: corpus.topics.map((t) => topicSchema.parse({ ...t, id: t.slug, updatedAt })),
    faqs: await Promise.all(corpus.faqs.map(async (f) => faqSchema.parse({ ...f, id: f.slug, answer: await toRichText(f.answer), workspace: workspaceOf.get(f.sourceNotice), updatedAt }))),
    forms: corpus.forms.map((f) =>
      formSchema.parse({ ...f, id: f.slug, rows: f.rows.map((cells) => ({ cells })), notes: f.notes.join('\n') || undefined, workspace: workspaceOf.get(f.sourceNotice), updatedAt }),
    ),
    media: [],
    guides: (await loadGuides()).map(({ slug, body: _body, ...meta }) => ({ id: slug, data: guideSchema.parse(meta) })),
  }
}
