import { describe, expect, it } from 'vitest'
import { pagePath } from './preview-proxy.ts'

describe('pagePath', () => {
  it('passes a page address on with its trailing slash, which Next has stripped', () => {
    expect(pagePath('/preview/topics/16')).toBe('/preview/topics/16/')
    expect(pagePath('/preview/topics/16/')).toBe('/preview/topics/16/')
  })

  it('leaves files alone', () => {
    expect(pagePath('/preview/_astro/base.Cx1.css')).toBe('/preview/_astro/base.Cx1.css')
  })
})
