import { ValidationError, type CollectionBeforeValidateHook } from 'payload'
import type { Notice } from '../../../payload-types.ts'

const beijingYear = (value: string | null | undefined): number | undefined => {
  if (!value) return undefined
  const day = value.slice(0, 10)
  return /^\d{4}-\d{2}-\d{2}$/.test(day) ? Number(day.slice(0, 4)) : undefined
}

/** A relationship as an id, whether it arrives as an id or populated. */
const idOf = (value: number | Notice | null | undefined) => (value && typeof value === 'object' ? value.id : value)

/**
 * Fills the year from the date issued when the editor left it empty, and checks the status:
 * a repealed or expired notice says when or because of which notice (as the corpus schema does),
 * and a notice cannot end itself.
 */
export const checkStatus: CollectionBeforeValidateHook<Notice> = ({ data, originalDoc, req }) => {
  if (!data) return data
  const merged: Partial<Notice> = { ...originalDoc, ...data }
  if ((data.year === undefined || data.year === null) && !originalDoc?.year) {
    const year = beijingYear(merged.dateIssued)
    if (year) data.year = year
  }
  const errors: { path: string; message: string }[] = []
  if (merged.status && merged.status !== 'in-force' && !merged.statusDate && !merged.statusBy) {
    errors.push({ path: 'statusDate', message: '已废止或失效的通知须注明失效日期或导致其失效的通知' })
  }
  const self = originalDoc?.id
  const statusBy = idOf(merged.statusBy)
  if (statusBy !== undefined && statusBy !== null && self !== undefined && String(statusBy) === String(self)) {
    errors.push({ path: 'statusBy', message: '通知不能因自身而失效' })
  }
  const relations = merged.relations ?? []
  if (self !== undefined && relations.some((r) => String(idOf(r.target)) === String(self))) {
    errors.push({ path: 'relations', message: '相关文件不能是本通知自己' })
  }
  if (errors.length) throw new ValidationError({ collection: 'notices', errors, req })
  return data
}
