import { LinkFeature, lexicalEditor, UploadFeature } from '@payloadcms/richtext-lexical'

/**
 * The rich-text editor offers only what the public site renders (components/lib/richtext.ts):
 * internal links to documents that have a page, and images from 媒体文件. The relationship block
 * (an embedded document with no text of its own) has nothing to show on a page, so it is gone.
 */
export const linkableCollections = ['notices', 'topics', 'faqs', 'providers'] as const

export const richTextEditor = () =>
  lexicalEditor({
    features: ({ defaultFeatures }) => [
      ...defaultFeatures.filter((feature) => !['relationship', 'link', 'upload'].includes(feature.key)),
      LinkFeature({ enabledCollections: [...linkableCollections] }),
      UploadFeature({ enabledCollections: ['media'] }),
    ],
  })
