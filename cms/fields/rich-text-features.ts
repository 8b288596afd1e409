import { EXPERIMENTAL_TableFeature, type LexicalEditorProps, LinkFeature, UploadFeature } from '@payloadcms/richtext-lexical'

/** Documents that have a page of their own, so an internal link to them has somewhere to go. */
export const linkableCollections = ['notices', 'topics', 'faqs', 'providers'] as const

/**
 * The rich-text editor's features, defined once: the editor (payload.config.ts) and the seed's
 * Markdown conversion (seed/markdown.ts) use the same set, and it offers only what the public
 * site renders (components/lib/richtext.ts):
 * - internal links to documents that have a page, and images from 媒体文件;
 * - no relationship block (an embedded document with no text of its own has nothing to show);
 * - tables: the notices and FAQs print some (FAQ 十五's topics, addresses and hotlines), and
 *   without the feature the seed's Markdown tables would arrive as lines of pipes.
 */
export const richTextFeatures: NonNullable<LexicalEditorProps['features']> = ({ defaultFeatures }) => [
  ...defaultFeatures.filter((feature) => !['relationship', 'link', 'upload'].includes(feature.key)),
  LinkFeature({ enabledCollections: [...linkableCollections] }),
  UploadFeature({ enabledCollections: ['media'] }),
  EXPERIMENTAL_TableFeature(),
]
