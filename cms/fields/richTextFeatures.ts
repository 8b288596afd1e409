import { EXPERIMENTAL_TableFeature, type FeatureProviderServer } from '@payloadcms/richtext-lexical'

/**
 * The rich-text editor's features, defined once: the editor (payload.config.ts) and the seed's
 * Markdown conversion (seed/markdown.ts) use the same set. Tables on top of the defaults: the
 * notices and FAQs print some (FAQ 十五's topics, addresses and hotlines), and without the
 * feature the seed's Markdown tables would arrive as lines of pipes.
 */
export const richTextFeatures = ({ defaultFeatures }: { defaultFeatures: FeatureProviderServer[] }): FeatureProviderServer[] => [
  ...defaultFeatures,
  EXPERIMENTAL_TableFeature(),
]
