import { describe, expect, it } from 'vitest'
import { matches, queryFromSelection, selectionFromQuery } from './filter.ts'

const n85 = { year: '2025', workspace: 'wuhu', issuer: '芜湖市人力资源和社会保障局', level: 'city', status: 'in-force', subject: 'hour-rules professional-subjects' }
const n59 = { year: '2017', issuer: '省委办公厅 省政府办公厅', level: 'province', status: 'in-force', subject: 'title-review' }

describe('notice list filters', () => {
  it('several facets at once: 2025 and 市级 and 学时管理 finds 芜人社秘〔2025〕85号', () => {
    const selection = selectionFromQuery('?year=2025&level=city&subject=hour-rules')
    expect(matches(n85, selection)).toBe(true)
    expect(matches(n59, selection)).toBe(false)
  })

  it('values of one facet are alternatives; a joint notice matches either issuer', () => {
    expect(matches(n59, selectionFromQuery('?year=2017&year=2025'))).toBe(true)
    expect(matches(n59, selectionFromQuery('?issuer=省政府办公厅'))).toBe(true)
  })

  it('by the publishing body (机构) together with the other facets', () => {
    expect(matches(n85, selectionFromQuery('?workspace=wuhu&year=2025'))).toBe(true)
    expect(matches(n59, selectionFromQuery('?workspace=wuhu'))).toBe(false)
    expect(queryFromSelection(selectionFromQuery('?level=city&workspace=wuhu'))).toBe('?workspace=wuhu&level=city')
  })

  it('the query string round-trips in the form order, and is empty without a choice', () => {
    expect(queryFromSelection(selectionFromQuery('?subject=hour-rules&year=2025'))).toBe('?year=2025&subject=hour-rules')
    expect(queryFromSelection(selectionFromQuery(''))).toBe('')
  })

  describe('edge cases', () => {
    it('unknown keys and empty values select nothing', () => {
      const selection = selectionFromQuery('?q=x&year=')
      expect(selection.size).toBe(0)
      expect(matches(n85, selection)).toBe(true)
    })
  })
})
