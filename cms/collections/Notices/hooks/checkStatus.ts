import { ValidationError, type CollectionBeforeValidateHook } from 'payload'

const beijingYear = (value: unknown): number | undefined => {
  if (!value) return undefined
  const day = String(value).slice(0, 10)
  return /^\d{4}-\d{2}-\d{2}$/.test(day) ? Number(day.slice(0, 4)) : undefined
}

/**
 * Fills the year from the date issued when the editor left it empty, and checks the status:
 * a repealed or expired notice says when or because of which notice (as the corpus schema does),
 * and a notice cannot end itself.
 */
export const checkStatus: CollectionBeforeValidateHook = ({ data, originalDoc, req }) => {
  if (!data) return data
  const merged = { ...originalDoc, ...data } as Record<string, unknown>
  if ((data.year === undefined || data.year === null) && !originalDoc?.year) {
    const year = beijingYear(merged.dateIssued)
    if (year) data.year = year
  }
  const errors: { path: string; message: string }[] = []
  if (merged.status && merged.status !== 'in-force' && !merged.statusDate && !merged.statusBy) {
    errors.push({ path: 'statusDate', message: '已废止或失效的通知须注明失效日期或导致其失效的通知' })
  }
  const statusBy = merged.statusBy && typeof merged.statusBy === 'object' ? (merged.statusBy as { id?: unknown }).id : merged.statusBy
  if (statusBy !== undefined && statusBy !== null && originalDoc?.id !== undefined && String(statusBy) === String(originalDoc.id)) {
    errors.push({ path: 'statusBy', message: '通知不能因自身而失效' })
  }
  const relations = (merged.relations as { target?: unknown }[] | undefined) ?? []
  if (originalDoc?.id !== undefined && relations.some((r) => String((r.target as { id?: unknown })?.id ?? r.target) === String(originalDoc.id))) {
    errors.push({ path: 'relations', message: '相关文件不能是本通知自己' })
  }
  if (errors.length) throw new ValidationError({ collection: 'notices', errors, req })
  return data
}
