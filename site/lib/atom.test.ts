import { describe, expect, it } from 'vitest'
import { buildAtomFeed, escapeXml } from './atom.ts'

describe('Atom feed', () => {
  it('escapes titles and summaries', () => {
    expect(escapeXml('<a href="x">&\u0001')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;')
    const xml = buildAtomFeed({
      id: 'https://s/notices/',
      title: '通知',
      selfUrl: 'https://s/notices/feed.xml',
      siteUrl: 'https://s/notices/',
      entries: [{ id: 'https://s/notices/a/', title: '<script>x</script>', url: 'https://s/notices/a/', updated: '2025-06-12T00:00:00.000Z', published: '2025-06-12' }],
    })
    expect(xml).toContain('<title>&lt;script&gt;x&lt;/script&gt;</title>')
    expect(xml).toContain('<published>2025-06-12T00:00:00+08:00</published>')
    expect(xml).toContain('<updated>2025-06-12T00:00:00.000Z</updated>')
  })
})
