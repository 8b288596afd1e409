import { convertMarkdownToLexical, editorConfigFactory } from '@payloadcms/richtext-lexical'
import type { SanitizedConfig } from 'payload'
import { richTextFeatures } from '../fields/rich-text-features.ts'

type EditorConfig = Awaited<ReturnType<typeof editorConfigFactory.default>>

/** Converts the corpus's Markdown into the rich-text JSON the editor stores, with the editor's own features. */
export function markdownConverter(config: SanitizedConfig) {
  let editorConfig: Promise<EditorConfig> | undefined
  return async (markdown: string) => {
    editorConfig ??= editorConfigFactory.fromFeatures({ config, features: richTextFeatures })
    return convertMarkdownToLexical({ editorConfig: await editorConfig, markdown })
  }
}
