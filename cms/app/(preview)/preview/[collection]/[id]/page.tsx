import config from '@payload-config'
import { RichText } from '@payloadcms/richtext-lexical/react'
import { headers } from 'next/headers'
import { notFound } from 'next/navigation'
import { getPayload } from 'payload'
import { safeLinkConverters } from '../../../safeLinks.ts'
import { previewFields, previewableCollections, type PreviewableCollection } from '../../../../../publish/preview.ts'

export const dynamic = 'force-dynamic'

type Args = { params: Promise<{ collection: string; id: string }> }

/**
 * The draft of a document as the public would see it, for signed-in staff only. It is rendered
 * by the CMS on request and never written into the public build.
 */
export default async function PreviewPage({ params }: Args) {
  const { collection, id } = await params
  if (!previewableCollections.includes(collection as PreviewableCollection)) notFound()
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: await headers() })
  if (!user) {
    return (
      <main>
        <h1>需要登录</h1>
        <p>
          草稿预览只对已登录的编辑人员开放。请先<a href="/admin/login">登录管理后台</a>。
        </p>
      </main>
    )
  }
  const doc = await payload
    .findByID({ collection: collection as PreviewableCollection, id, draft: true, overrideAccess: false, user, depth: 1 })
    .catch(() => null)
  if (!doc) notFound()
  const { title, meta, richText } = previewFields(collection as PreviewableCollection, doc as unknown as Record<string, unknown>)

  return (
    <main>
      <p role="note" style={{ background: '#fff4ce', border: '1px solid #c8a400', padding: '0.5rem 0.75rem' }}>
        草稿预览：此页面尚未发布，仅登录的编辑人员可见。
      </p>
      <h1>{title}</h1>
      <dl>
        {meta.map(([label, value]) => (
          <div key={label} style={{ display: 'flex', gap: '0.5rem' }}>
            <dt style={{ fontWeight: 600 }}>{label}</dt>
            <dd style={{ margin: 0 }}>{value}</dd>
          </div>
        ))}
      </dl>
      {richText ? <RichText converters={safeLinkConverters} data={richText as never} /> : null}
    </main>
  )
}
