/** Which documents have a draft preview, and what of them the preview page shows. */
export const previewableCollections = ['notices', 'topics', 'faqs', 'providers'] as const
export type PreviewableCollection = (typeof previewableCollections)[number]

type Doc = Record<string, unknown>

const text = (value: unknown): string => (value === null || value === undefined ? '' : String(value))
const day = (value: unknown): string => text(value).slice(0, 10)
const nameOf = (value: unknown): string =>
  value && typeof value === 'object' ? text((value as Doc).name ?? (value as Doc).title) : text(value)

export function previewFields(collection: PreviewableCollection, doc: Doc) {
  const meta: Array<[string, string]> = []
  const add = (label: string, value: string) => {
    if (value) meta.push([label, value])
  }
  switch (collection) {
    case 'notices':
      add('文号', text(doc.docNumber))
      add('发文机关', text(doc.issuer))
      add('成文日期', day(doc.dateIssued))
      return { title: text(doc.title), meta, richText: doc.body }
    case 'topics':
      add('年度', text(doc.year))
      add('培训单位', nameOf(doc.provider))
      add('学习网址', text(doc.learningUrl))
      add('学时', text(doc.hours))
      add('合同期', [day(doc.contractStart), day(doc.contractEnd)].filter(Boolean).join(' 至 '))
      add('学习截止', day(doc.studyDeadline))
      return { title: text(doc.title), meta, richText: undefined }
    case 'faqs':
      add('分类', text(doc.category))
      return { title: text(doc.question), meta, richText: doc.answer }
    case 'providers':
      add('网站', text(doc.website))
      add('咨询电话', Array.isArray(doc.hotlines) ? doc.hotlines.join('、') : '')
      return { title: text(doc.name), meta, richText: undefined }
  }
}
