import type { APIRoute } from 'astro'
import { formatCsv, templateRows } from '../../../../rules/batch/index.ts'
import { siteData } from '../../../lib/site-data.ts'

/** The batch check's template as CSV (UTF-8 with BOM, opens in Excel), with example rows. */
export const GET: APIRoute = async () => {
  const { today } = await siteData()
  return new Response(formatCsv(templateRows(Number(today.slice(0, 4)))), { headers: { 'content-type': 'text/csv; charset=utf-8' } })
}
