import { describe, expect, it } from 'vitest'
import { activityPath, fieldOf, formatPath } from './paths.ts'

describe('paths', () => {
  it('steps become the path the errors name', () => {
    expect(formatPath(['years', 0, 'activities', 2, 'days'])).toBe('years[0].activities[2].days')
    expect(activityPath(2)).toBe('activities[2]')
  })
  it('the field a path ends in', () => {
    expect(fieldOf(['activities', 2, 'days'])).toBe('days')
    expect(fieldOf(['activities', 2])).toBe('activities')
  })
  describe('edge cases', () => {
    it('the input itself', () => {
      expect(formatPath([])).toBe('(root)')
      expect(fieldOf([])).toBeUndefined()
    })
  })
})
