import { describe, expect, it } from 'vitest'
import { regimeOf } from './regime.ts'
import { RULES } from './table.ts'

describe('regimeOf (芜人社秘〔2025〕85号 五（一）)', () => {
  it('12 June 2025 is the old standard, 13 June 2025 is 109号', () => {
    expect(regimeOf('2025-06-12', RULES).regime).toBe('old')
    expect(regimeOf('2025-06-13', RULES).regime).toBe('109')
  })
  it('cites the Wuhu notice', () => {
    expect(regimeOf('2024-01-01', RULES).rule.source).toBe('芜人社秘〔2025〕85号')
  })
})
