import type { CollectionBeforeOperationHook } from 'payload'
import { PublicError } from '../../../server/public-errors.ts'

/**
 * Characters that change how a name is displayed without being seen: bidirectional overrides and
 * isolates (U+202E makes "报告\u202Efdp.exe" look like "报告exe.pdf"), zero-width characters, and
 * control characters. They are removed from an uploaded file's name before it is stored.
 */
// eslint-disable-next-line no-control-regex
const invisible = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g

export function cleanName(name: string): string {
  return name.replace(invisible, '').trim()
}

export const cleanFileName: CollectionBeforeOperationHook<'media'> = ({ args, operation, req }) => {
  if ((operation !== 'create' && operation !== 'update') || !req.file) return args
  const cleaned = cleanName(req.file.name)
  if (!cleaned || cleaned.startsWith('.')) {
    throw new PublicError('文件名只含有不可见字符或缺少名称，请改名后再上传。', 400)
  }
  req.file.name = cleaned
  return args
}
