/**
 * The spreadsheet endpoints. Signed-in staff only; everything runs with the caller's own rights.
 * - `GET /api/<collection>/export?format=xlsx|csv[&where…]` on every content collection
 * - `GET /api/topics/import-template`: the XLSX template (Chinese columns, an example, notes)
 * - `POST /api/topics/import` (multipart, field `file`): the year's topics as drafts, all or none
 */
import { addDataAndFileToRequest, type CollectionConfig, type Endpoint } from 'payload'
import { exportList } from './export-list.ts'
import { ImportRefused, importTopics, topicTemplate } from './topics-import.ts'
import { xlsxType } from './workbook.ts'

const signInFirst = () => Response.json({ errors: [{ message: '请先登录' }] }, { status: 401 })

export const exportEndpoint = (slug: string): Endpoint => ({
  path: '/export',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return signInFirst()
    const format = req.query?.format === 'csv' ? 'csv' : req.query?.format === undefined || req.query.format === 'xlsx' ? 'xlsx' : undefined
    if (!format) return Response.json({ errors: [{ message: '导出格式（format）只能是 xlsx 或 csv' }] }, { status: 400 })
    return exportList(req, slug, format)
  },
})

export const topicTemplateEndpoint: Endpoint = {
  path: '/import-template',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return signInFirst()
    return new Response(new Uint8Array(await topicTemplate()), {
      headers: {
        'content-type': xlsxType,
        'content-disposition': `attachment; filename="topics-template.xlsx"; filename*=UTF-8''${encodeURIComponent('公需科目专题导入模板.xlsx')}`,
        'cache-control': 'private, no-store',
      },
    })
  },
}

export const topicImportEndpoint: Endpoint = {
  path: '/import',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return signInFirst()
    await addDataAndFileToRequest(req)
    const file = req.file
    if (!file?.data?.length) return Response.json({ errors: [{ message: '请选择要导入的表格文件（字段 file，.xlsx 或 .csv）' }] }, { status: 400 })
    try {
      return Response.json(await importTopics(req, file.data), { status: 201 })
    } catch (error) {
      if (error instanceof ImportRefused) {
        return Response.json({ errors: [{ message: error.message, data: { problems: error.problems } }] }, { status: 400 })
      }
      throw error
    }
  },
}

/** Adds the export endpoint (and the admin's export links) to each collection; topics also get import. */
export function withSpreadsheets(collections: CollectionConfig[], exported: readonly string[]): CollectionConfig[] {
  return collections.map((collection) => {
    if (!exported.includes(collection.slug)) return collection
    const endpoints = [...(collection.endpoints || []), exportEndpoint(collection.slug)]
    if (collection.slug === 'topics') endpoints.push(topicTemplateEndpoint, topicImportEndpoint)
    const listTable = collection.admin?.components?.beforeListTable ?? []
    const extra = collection.slug === 'topics' ? ['/components/admin/TopicImport.tsx#TopicImport'] : []
    return {
      ...collection,
      endpoints,
      admin: {
        ...collection.admin,
        components: {
          ...collection.admin?.components,
          beforeListTable: [...listTable, ...extra, '/components/admin/ListExport.tsx#ListExport'],
        },
      },
    }
  })
}
