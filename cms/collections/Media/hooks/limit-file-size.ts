import { type CollectionBeforeOperationHook } from 'payload'
import { PublicError } from '../../../server/public-errors.ts'

const MB = 1024 * 1024
/** Scans and photos stay small enough for the site; documents may be larger (config caps all at 20 MB). */
export const imageLimit = 5 * MB
export const documentLimit = 20 * MB

/** Refuses an oversized upload before anything is written, with the limit in the message. */
export const limitFileSize: CollectionBeforeOperationHook<'media'> = ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file
  if (!file) return args
  const isImage = file.mimetype.startsWith('image/')
  const limit = isImage ? imageLimit : documentLimit
  if (file.size > limit) {
    throw new PublicError(
      `文件「${file.name}」有 ${(file.size / MB).toFixed(1)} MB，超过${isImage ? '图片' : '文档'}上限 ${limit / MB} MB，请压缩后再上传。`,
      413,
    )
  }
  return args
}
