import { describe, expect, it } from 'vitest'
import { onceSaved, whenAnyJoined, whenJoined } from './quiet-joins.ts'

const joins = ['relatedBy', 'endedNotices'] as const
const none = { docs: [], hasNextPage: false }

describe('quiet joins', () => {
  it('a new notice shows no reverse relations', () => {
    expect(onceSaved({}, {}, { operation: 'create' })).toBe(false)
    expect(whenAnyJoined(joins)({}, {}, { operation: 'create' })).toBe(false)
  })

  it('a saved notice that nothing points at shows none either', () => {
    expect(whenAnyJoined(joins)({ id: 7, relatedBy: none, endedNotices: none }, {}, { operation: 'update' })).toBe(false)
  })

  it('a saved notice shows the section and only the joins that have something', () => {
    const data = { id: 7, relatedBy: none, endedNotices: { docs: [3], hasNextPage: false } }
    expect(whenAnyJoined(joins)(data, {}, { operation: 'update' })).toBe(true)
    expect(whenJoined('relatedBy')(data)).toBe(false)
    expect(whenJoined('endedNotices')(data)).toBe(true)
  })

  it('fails open when the form does not carry a join value', () => {
    expect(whenJoined('relatedBy')({ id: 7 })).toBe(true)
    expect(whenAnyJoined(joins)({ id: 7 }, {}, {})).toBe(true)
  })
})
