import { describe, expect, it } from 'vitest'
import { issuerKey } from './paths.ts'

describe('issuerKey', () => {
  it('keeps Chinese names readable and replaces what would break a path segment', () => {
    expect(issuerKey('芜湖市人力资源和社会保障局')).toBe('芜湖市人力资源和社会保障局')
    expect(issuerKey('省委办公厅、省政府办公厅')).toBe('省委办公厅、省政府办公厅')
    expect(issuerKey('测试机关<img src=x onerror=alert(1)>')).toBe('测试机关-img-src=x-onerror=alert(1)-')
    expect(issuerKey('甲/乙?丙#丁')).toBe('甲-乙-丙-丁')
  })
})
