import { convertMarkdownToLexical, editorConfigFactory } from '@payloadcms/richtext-lexical'
import type { SanitizedConfig } from 'payload'

type EditorConfig = Awaited<ReturnType<typeof editorConfigFactory.default>>

/** Converts the corpus's Markdown into the rich-text JSON the editor stores. */
export function markdownConverter(config: SanitizedConfig) {
  let editorConfig: Promise<EditorConfig> | undefined
  return async (markdown: string) => {
    editorConfig ??= editorConfigFactory.default({ config })
    return convertMarkdownToLexical({ editorConfig: await editorConfig, markdown })
  }
}
