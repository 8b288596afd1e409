import type { CollectionConfig } from 'payload'
import { anyone } from '../access/anyone.ts'
import { isPublisherOrAdmin } from '../access/isPublisherOrAdmin.ts'
import { signedIn } from '../access/signedIn.ts'

export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: '媒体文件', plural: '媒体文件' },
  access: { read: anyone, create: signedIn, update: signedIn, delete: isPublisherOrAdmin },
  admin: { group: '内容' },
  upload: {
    mimeTypes: [
      'image/png',
      'image/jpeg',
      'image/webp',
      'application/pdf',
      'application/msword',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'application/vnd.ms-excel',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ],
    imageSizes: [
      { name: 'card', width: 480, height: 320, position: 'centre' },
      { name: 'page', width: 1200 },
    ],
    adminThumbnail: 'card',
  },
  fields: [{ name: 'alt', label: '替代文本', type: 'text', admin: { description: '图片的文字说明，供读屏软件使用' } }],
}
