/**
 * The one rule for links in published and previewed text (the public site's renderer in
 * site/lib/richtext.ts and the CMS's draft preview both use it): the URL if it is safe to link
 * to, otherwise undefined. Accepted: http:, https:, mailto:, tel: and relative URLs on this site
 * (/path, ./x, ../x, #frag, ?q, plain paths). Refused: every other scheme (javascript:, data:,
 * vbscript:, …) and protocol-relative URLs (//host, /\host, \\host), which leave the site.
 * Control characters and spaces, which browsers drop before reading a scheme, are removed first.
 */
export function safeUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined
  // eslint-disable-next-line no-control-regex
  const cleaned = value.replace(/[\u0000-\u0020\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g, '')
  if (!cleaned) return undefined
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(cleaned)
  if (scheme) {
    return ['http', 'https', 'mailto', 'tel'].includes(scheme[1]!.toLowerCase()) ? cleaned : undefined
  }
  // No scheme: relative. A colon before the first / ? # would be read as a scheme; refuse it.
  const firstColon = cleaned.indexOf(':')
  if (firstColon !== -1) {
    const firstDelimiter = cleaned.search(/[/?#]/)
    if (firstDelimiter === -1 || firstColon < firstDelimiter) return undefined
  }
  // Browsers read a backslash as a slash: two of them at the start name another host.
  if (/^[/\\]{2}/.test(cleaned) || cleaned.startsWith('\\')) return undefined
  return cleaned
}
