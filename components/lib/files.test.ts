import { describe, expect, it } from 'vitest'
import { fileTypeName, formatBytes } from './files.ts'

describe('attachments', () => {
  it('describes size and type', () => {
    expect(formatBytes(512)).toBe('512 B')
    expect(formatBytes(1536)).toBe('1.5 KB')
    expect(formatBytes(3 * 1024 * 1024)).toBe('3.0 MB')
    expect(formatBytes(undefined)).toBe('')
    expect(fileTypeName('application/pdf')).toBe('PDF')
    expect(fileTypeName(undefined, '备案表.xlsx')).toBe('XLSX')
  })
})
