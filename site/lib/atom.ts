/** An Atom 1.0 feed (RFC 4287) of notices: what a feed reader needs, escaped as XML. */

export interface FeedEntry {
  id: string
  title: string
  url: string
  /** ISO timestamp */
  updated: string
  /** ISO date or timestamp */
  published?: string
  summary?: string
  author?: string
}

export function escapeXml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
}

const timestamp = (value: string) => (value.length === 10 ? `${value}T00:00:00+08:00` : value)

export function buildAtomFeed(options: { id: string; title: string; selfUrl: string; siteUrl: string; entries: readonly FeedEntry[] }): string {
  const updated = options.entries.map((e) => e.updated).sort().at(-1) ?? new Date(0).toISOString()
  const entries = options.entries.map((e) =>
    [
      '  <entry>',
      `    <id>${escapeXml(e.id)}</id>`,
      `    <title>${escapeXml(e.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(e.url)}"/>`,
      `    <updated>${escapeXml(timestamp(e.updated))}</updated>`,
      e.published ? `    <published>${escapeXml(timestamp(e.published))}</published>` : '',
      e.author ? `    <author><name>${escapeXml(e.author)}</name></author>` : '',
      e.summary ? `    <summary type="text">${escapeXml(e.summary)}</summary>` : '',
      '  </entry>',
    ]
      .filter(Boolean)
      .join('\n'),
  )
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">',
    `  <id>${escapeXml(options.id)}</id>`,
    `  <title>${escapeXml(options.title)}</title>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(options.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(options.siteUrl)}"/>`,
    `  <updated>${escapeXml(timestamp(updated))}</updated>`,
    '  <author><name>安徽专业技术人员继续教育</name></author>',
    ...entries,
    '</feed>',
    '',
  ].join('\n')
}
