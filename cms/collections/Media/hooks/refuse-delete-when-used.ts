import { type CollectionBeforeDeleteHook } from 'payload'
import { PublicError } from '../../../server/public-errors.ts'

/** A file still attached to a notice is not deleted: the notice page would link to nothing. */
export const refuseDeleteWhenUsed: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const titles = new Set<string>()
  for (const draft of [false, true]) {
    const { docs } = await req.payload.find({
      collection: 'notices',
      where: { 'attachments.file': { equals: id } },
      draft,
      depth: 0,
      limit: 20,
      overrideAccess: true,
      req,
    })
    for (const doc of docs) titles.add(`「${doc.docNumber ? `${doc.docNumber} ` : ''}${doc.title}」`)
  }
  if (titles.size) {
    throw new PublicError(`不能删除：该文件是以下通知的附件——${[...titles].join('、')}。请先在通知中移除附件。`, 409)
  }
}
