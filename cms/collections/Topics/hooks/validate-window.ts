import { ValidationError, type CollectionBeforeValidateHook } from 'payload'
import type { Topic } from '../../../payload-types.ts'

const day = (value: string | null | undefined) => (value ? value.slice(0, 10) : undefined)

/**
 * A contract window must end after it starts, and study cannot close before the window opens;
 * the messages name the field in Chinese so the admin marks it.
 */
export const validateWindow: CollectionBeforeValidateHook<Topic> = ({ data, originalDoc, req }) => {
  const start = day(data?.contractStart !== undefined ? data.contractStart : originalDoc?.contractStart)
  const end = day(data?.contractEnd !== undefined ? data.contractEnd : originalDoc?.contractEnd)
  const deadline = day(data?.studyDeadline !== undefined ? data.studyDeadline : originalDoc?.studyDeadline)
  const errors: { path: string; message: string }[] = []
  if (start && end && end < start) errors.push({ path: 'contractEnd', message: '合同期结束日期不能早于开始日期' })
  if (start && deadline && deadline < start) errors.push({ path: 'studyDeadline', message: '学习截止日期不能早于合同期开始日期' })
  if (errors.length) throw new ValidationError({ collection: 'topics', errors, req })
  return data
}
