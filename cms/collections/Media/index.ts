import type { CollectionConfig } from 'payload'
import { isPublisherOrAdmin } from '../../access/is-publisher-or-admin.ts'
import { publicMediaOrSignedIn } from '../../access/public-media-or-signed-in.ts'
import { publishersOnly } from '../../access/publishers-only.ts'
import { signedIn } from '../../access/signed-in.ts'
import { mediaDir } from '../../media-dir.ts'
import { cleanFileName } from './hooks/clean-file-name.ts'
import { limitFileSize } from './hooks/limit-file-size.ts'
import { refuseDeleteWhenUsed } from './hooks/refuse-delete-when-used.ts'

/**
 * What editors may upload. SVG is deliberately absent: it can carry script. Payload checks the
 * type from the file's content, not only its name, so a renamed file is refused too.
 */
export const allowedMimeTypes = [
  'image/png',
  'image/jpeg',
  'image/webp',
  'application/pdf',
  'application/msword',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.ms-excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
]

export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: '媒体文件', plural: '媒体文件' },
  // Replacing a file changes what the public downloads at once (media have no drafts), so only
  // publishers and admins may; editors upload new files and attach them in their drafts. The
  // public gets a file once a published notice uses it or a publisher ticks 公开.
  access: { read: publicMediaOrSignedIn, create: signedIn, update: isPublisherOrAdmin, delete: isPublisherOrAdmin },
  admin: {
    group: '内容',
    description: '通知附件与图片。可上传 PDF、Word、Excel 和 PNG/JPEG/WebP 图片；图片不超过 5 MB，文档不超过 20 MB。',
    defaultColumns: ['filename', 'alt', 'mimeType', 'filesize', 'updatedAt'],
    listSearchableFields: ['filename', 'alt'],
  },
  upload: {
    staticDir: mediaDir(),
    mimeTypes: allowedMimeTypes,
    imageSizes: [
      { name: 'card', width: 480, height: 320, position: 'centre' },
      { name: 'page', width: 1200 },
    ],
    adminThumbnail: 'card',
  },
  fields: [
    { name: 'alt', label: '替代文本', type: 'text', admin: { description: '图片的文字说明，供读屏软件使用' } },
    {
      name: 'public',
      label: '公开',
      type: 'checkbox',
      defaultValue: false,
      access: { create: publishersOnly, update: publishersOnly },
      admin: {
        position: 'sidebar',
        description: '未勾选时，文件只在已发布的通知引用后才对公众开放；勾选（仅审核发布人员）则立即公开。',
      },
    },
  ],
  hooks: { beforeOperation: [limitFileSize, cleanFileName], beforeDelete: [refuseDeleteWhenUsed] },
}
