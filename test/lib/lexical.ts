/** Lexical rich-text documents for tests, built the way Payload stores them. */

/** A Lexical node as Payload's generated types describe it. */
export interface LexicalTestNode {
  type: string
  version: number
  [key: string]: unknown
}

/** Lexical rich-text builders for test documents. */
export const lexical = {
  text: (text: string, format = 0) => ({ type: 'text', text, format, detail: 0, mode: 'normal', style: '', version: 1 }),
  paragraph: (...children: object[]) => ({
    type: 'paragraph',
    children,
    direction: null,
    format: '',
    indent: 0,
    version: 1,
    textFormat: 0,
    textStyle: '',
  }),
  link: (url: string, text: string, type: 'link' | 'autolink' = 'link') => ({
    type,
    fields: { url, newTab: false, linkType: 'custom' },
    children: [lexical.text(text)],
    direction: null,
    format: '',
    indent: 0,
    version: 3,
  }),
  /** a link to another document (the editor's 内部链接) */
  internalLink: (relationTo: string, id: number | string, text: string) => ({
    type: 'link',
    fields: { linkType: 'internal', newTab: false, doc: { relationTo, value: id } },
    children: [lexical.text(text)],
    direction: null,
    format: '',
    indent: 0,
    version: 3,
  }),
  /** an uploaded file shown in the text (the editor's 上传) */
  upload: (id: number | string) => ({ type: 'upload', relationTo: 'media', value: id, fields: null, format: '', version: 3 }),
  root: (...children: LexicalTestNode[]) => ({
    root: { type: 'root', children, direction: null, format: '' as const, indent: 0, version: 1 },
  }),
}
