/**
 * The bytes of a text file as Chinese Excel saves it: UTF-8 with or without a BOM, or GBK /
 * GB18030 (Excel's "CSV" on Chinese Windows). UTF-8 is tried strictly first; bytes that are not
 * valid UTF-8 are read as GB18030, a superset of GBK. TextDecoder('gb18030') is in Node and browsers.
 */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'gb18030'

export interface DecodedText {
  text: string
  encoding: TextEncoding
  bom: boolean
}

export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8', bom: true }
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', bom: true }
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', bom: false }
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030', bom: false }
  }
}
