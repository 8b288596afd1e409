/**
 * Any list as a spreadsheet: the documents the viewer may read (the same access as the list in
 * the admin, filtered by the same `where`), one column per field with its Chinese label.
 */
import type { Collection, FlattenedField, PayloadRequest, Where } from 'payload'
import { csvType, writeCsv, writeXlsx, xlsxType, type Cell, type Sheet } from './workbook.ts'
import { todayInChina } from '../../rules/dates.ts'

const exportable = new Set(['text', 'textarea', 'email', 'number', 'date', 'select', 'radio', 'checkbox', 'relationship', 'upload', 'richText', 'code', 'point'])

const labelOf = (field: FlattenedField): string =>
  typeof field.label === 'string' ? field.label : field.label && typeof field.label === 'object' ? String((field.label as Record<string, string>).zh ?? field.name) : field.name

function titleOf(value: unknown): Cell {
  if (value === null || value === undefined) return null
  if (typeof value !== 'object') return String(value)
  const doc = value as Record<string, unknown>
  return String(doc.title ?? doc.name ?? doc.question ?? doc.filename ?? doc.email ?? doc.id ?? '')
}

function plainText(document: unknown): string {
  const walk = (node: unknown): string => {
    if (!node || typeof node !== 'object') return ''
    const { text, children } = node as { text?: unknown; children?: unknown }
    return (typeof text === 'string' ? text : '') + (Array.isArray(children) ? children.map(walk).join('') : '')
  }
  const root = (document as { root?: { children?: unknown[] } } | null)?.root
  return Array.isArray(root?.children) ? root.children.map(walk).filter(Boolean).join('\n') : ''
}

function cellOf(field: FlattenedField, value: unknown): Cell {
  if (value === null || value === undefined) return null
  if (Array.isArray(value)) return value.map((v) => cellOf({ ...field, hasMany: false } as FlattenedField, v)).join('、')
  switch (field.type) {
    case 'relationship':
    case 'upload':
      return titleOf(value)
    case 'richText':
      return plainText(value)
    case 'date':
      return typeof value === 'string' && value.endsWith('T00:00:00.000Z') ? value.slice(0, 10) : String(value)
    case 'select':
    case 'radio': {
      const option = field.options.find((o) => (typeof o === 'string' ? o : o.value) === value)
      return option && typeof option === 'object' && typeof option.label === 'string' ? option.label : String(value)
    }
    case 'checkbox':
      return value ? '是' : '否'
    case 'number':
      return typeof value === 'number' ? value : Number(value)
    default:
      return typeof value === 'object' ? JSON.stringify(value) : String(value)
  }
}

export async function exportList(req: PayloadRequest, slug: string, format: 'csv' | 'xlsx'): Promise<Response> {
  const collection = (req.payload.collections as Record<string, Collection | undefined>)[slug]
  if (!collection) return Response.json({ errors: [{ message: `没有名为 ${slug} 的集合` }] }, { status: 404 })
  const fields = collection.config.flattenedFields.filter(
    (f) => exportable.has(f.type) && !('hidden' in f && f.hidden) && !f.name.startsWith('_') && !(f.admin && 'disabled' in f.admin && f.admin.disabled),
  )
  const where = (req.query?.where ?? undefined) as Where | undefined
  const { docs } = await req.payload.find({
    collection: slug as never,
    req,
    user: req.user,
    overrideAccess: false,
    depth: 1,
    pagination: false,
    where,
    sort: collection.config.defaultSort ?? 'id',
  })
  const drafts = Boolean(collection.config.versions && typeof collection.config.versions === 'object' && collection.config.versions.drafts)
  const sheet: Sheet = {
    name: typeof collection.config.labels.plural === 'string' ? collection.config.labels.plural : slug,
    header: ['编号', ...fields.map(labelOf), ...(drafts ? ['发布状态'] : []), '更新时间'],
    rows: docs.map((doc) => {
      const record = doc as Record<string, unknown>
      return [
        String(record.id),
        ...fields.map((f) => cellOf(f, record[f.name])),
        ...(drafts ? [record._status === 'published' ? '已发布' : '草稿'] : []),
        String(record.updatedAt ?? ''),
      ]
    }),
  }
  const day = todayInChina(new Date())
  const filename = `${slug}-${day}.${format}`
  const body = format === 'csv' ? writeCsv(sheet) : await writeXlsx([sheet])
  return new Response(new Uint8Array(body), {
    headers: {
      'content-type': format === 'csv' ? csvType : xlsxType,
      'content-disposition': `attachment; filename="${filename}"; filename*=UTF-8''${encodeURIComponent(`${sheet.name}-${day}.${format}`)}`,
      'cache-control': 'private, no-store',
    },
  })
}
