import { describe, expect, it } from 'vitest'
import { docNumberMatches, fallbackQueries, parseDocNumber, rewriteQuery } from './search-terms.ts'

describe('search fallback for Chinese partial words', () => {
  it('tries shorter runs of characters, longest first', () => {
    expect(fallbackQueries('公需科目')).toEqual(['公需科', '需科目', '公需', '需科', '科目'])
    expect(fallbackQueries('区块链 证书')).toEqual(['区块链', '证书', '区块', '块链'])
    expect(fallbackQueries('学时')).toEqual([])
    expect(fallbackQueries('pagefind')).toEqual([])
  })
})

describe('document numbers as people type them', () => {
  it.each([
    ['皖人社秘〔2025〕109号', '皖人社秘〔2025〕109号'],
    ['皖人社秘[2025]109号', '皖人社秘〔2025〕109号'],
    ['皖人社秘（2025）109号', '皖人社秘〔2025〕109号'],
    ['皖人社秘(2025)109号', '皖人社秘〔2025〕109号'],
    ['皖人社秘【2025】109号', '皖人社秘〔2025〕109号'],
    ['皖人社秘2025109号', '皖人社秘〔2025〕109号'],
    ['皖人社秘 〔2025〕 109 号', '皖人社秘〔2025〕109号'],
    ['〔2025〕109号', '〔2025〕109号'],
    ['2025年109号文件', '〔2025〕109号'],
    ['109号', '109号'],
    ['第109号', '109号'],
    ['人社部令第25号', '人社部令第25号'],
  ])('%s → %s', (typed, canonical) => {
    expect(parseDocNumber(typed)?.canonical).toBe(canonical)
  })

  it('is not fooled by ordinary queries', () => {
    for (const q of ['公需科目', '2025年度公需科目', '学时管理办法', '90学时', '']) expect(parseDocNumber(q), q).toBeUndefined()
  })

  it('matches a notice only when every part typed agrees', () => {
    const q = parseDocNumber('109号')!
    expect(docNumberMatches(q, '皖人社秘〔2025〕109号')).toBe(true)
    expect(docNumberMatches(q, '皖人社秘〔2025〕1090号')).toBe(false)
    expect(docNumberMatches(parseDocNumber('[2025]109号')!, '皖人社秘〔2024〕109号')).toBe(false)
    expect(docNumberMatches(parseDocNumber('芜人社秘[2025]109号')!, '皖人社秘〔2025〕109号')).toBe(false)
    expect(docNumberMatches(parseDocNumber('人社部令25号')!, '人社部令第25号')).toBe(true)
  })
})

describe('colloquial words and word orders', () => {
  it('puts them into the words the pages use', () => {
    expect(rewriteQuery('外省调入')).toBe('省外调入')
    expect(rewriteQuery('专业课 学时')).toBe('专业科目 学时')
    expect(rewriteQuery('公需课')).toBe('公需课')
  })

  it('leaves out the question words of a question, not of a short query', () => {
    expect(rewriteQuery('公需科目和专业科目能互相折算吗？')).toBe('公需科目 专业科目 互相折算')
    expect(rewriteQuery('每年要完成多少学时')).toBe('每年要完成 学时')
    expect(rewriteQuery('多少学时')).toBe('多少学时')
    expect(rewriteQuery('人工智能专题能补考吗')).toBe('人工智能专题 补考')
  })
})
