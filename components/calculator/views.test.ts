// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { evaluateYear, RULES, ruleSources, sourceText, validateYearInput } from '../../rules/index.ts'
import { resultView } from './views.ts'

describe('resultView: each result line’s citation', () => {
  const input = validateYearInput({ year: 2026, activities: [{ type: 'training', days: 3, date: '2026-06-20' }] })
  if (!input.ok) throw new Error('expected a valid year')
  const r = evaluateYear(input.value, '2026-12-01', RULES, [])

  it('links every source on its own, and the rule on /rules/', () => {
    const line = r.explanations.find((l) => l.ruleId === 'requirement-109')!
    const links = { [line.ruleId]: [{ text: '芜人社秘〔2025〕85号 二', href: '/notices/wu-ren-she-mi-2025-85/#s-二' }, { text: '阜阳市人社局2025年7月18日通知 三', href: '/notices/fuyang-rsj-2025-notice/#s-三' }] }
    document.body.replaceChildren(...resultView(r, links))
    const cite = [...document.querySelectorAll('.explanations cite')].find((c) => c.textContent!.includes('85号'))!
    expect([...cite.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['芜人社秘〔2025〕85号 二', '/notices/wu-ren-she-mi-2025-85/#s-二'],
      ['阜阳市人社局2025年7月18日通知 三', '/notices/fuyang-rsj-2025-notice/#s-三'],
      ['规则说明', '/rules/#rule-requirement-109'],
    ])
  })

  it('every line, warnings included, has its 规则说明 link; a source without a page is plain text', () => {
    const unlinked = Object.fromEntries(RULES.map((rule) => [rule.id, ruleSources(rule).map((s) => ({ text: sourceText(s) }))]))
    document.body.replaceChildren(...resultView(r, unlinked))
    const lines = [...document.querySelectorAll('.explanations li, .warnings li')]
    expect(lines.length).toBe(r.explanations.length + r.warnings.length)
    for (const li of lines) {
      const links = [...li.querySelectorAll('cite a')]
      expect(links.map((a) => a.textContent)).toEqual(['规则说明'])
      expect(links[0]!.getAttribute('href')).toMatch(/^\/rules\/#rule-[a-z0-9-]+$/)
    }
  })

  it('a rule the site does not show yet is cited as plain text, without 规则说明', () => {
    document.body.replaceChildren(...resultView(r, {}))
    expect(document.querySelectorAll('[class] cite a')).toHaveLength(0)
    expect(document.querySelector('.explanations cite')!.textContent).toMatch(/^（.+）$/)
  })
})
