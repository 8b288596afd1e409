import { describe, expect, it } from 'vitest'
import { searchTokens } from './search-tokens.ts'

describe('search tokens for metadata', () => {
  it('splits a 文号 into the parts a query is split into, without brackets', () => {
    expect(searchTokens('皖人社秘〔2025〕109号')).toBe('皖 人 社 秘 2025 109 号')
    expect(searchTokens('人社部令第25号')).toBe('人 社 部 令 第 25 号')
  })
  it('splits Chinese keywords into words', () => {
    expect(searchTokens('学时计算')).toBe('学时 计算')
  })
})
