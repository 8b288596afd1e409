import { describe, expect, it } from 'vitest'
import { fallbackQueries } from './search-terms.ts'

describe('search fallback for Chinese partial words', () => {
  it('tries shorter runs of characters, longest first', () => {
    expect(fallbackQueries('公需科目')).toEqual(['公需科', '需科目', '公需', '需科', '科目'])
    expect(fallbackQueries('区块链 证书')).toEqual(['区块链', '证书', '区块', '块链'])
    expect(fallbackQueries('学时')).toEqual([])
    expect(fallbackQueries('pagefind')).toEqual([])
  })
})
