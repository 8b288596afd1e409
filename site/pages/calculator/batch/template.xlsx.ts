import type { APIRoute } from 'astro'
import { writeXlsx } from '../../../../components/batch/xlsx-write.ts'
import { templateRows } from '../../../../rules/batch/index.ts'
import { siteData } from '../../../lib/site-data.ts'

/** The batch check's template as an Excel workbook, with example rows. */
export const GET: APIRoute = async () => {
  const { today } = await siteData()
  const body = writeXlsx(templateRows(Number(today.slice(0, 4))), '学时清单') as Uint8Array<ArrayBuffer>
  return new Response(body, { headers: { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } })
}
