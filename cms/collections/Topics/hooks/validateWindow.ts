import { ValidationError, type CollectionBeforeValidateHook } from 'payload'

/** A contract window must end after it starts; the message names the field in Chinese. */
export const validateWindow: CollectionBeforeValidateHook = ({ data, originalDoc, req }) => {
  const start = data?.contractStart ?? originalDoc?.contractStart
  const end = data?.contractEnd ?? originalDoc?.contractEnd
  if (start && end && String(end).slice(0, 10) < String(start).slice(0, 10)) {
    throw new ValidationError({
      collection: 'topics',
      errors: [{ path: 'contractEnd', message: '合同期结束日期不能早于开始日期' }],
      req,
    })
  }
  return data
}
