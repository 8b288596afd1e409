/**
 * Phone numbers and e-mail addresses in printed text as links (tel:, mailto:), and whether a
 * link's text already shows its address (so print does not add it a second time). Shared by the
 * rich-text renderer, the contact lists and the hotline links.
 */

export interface ContactPart {
  text: string
  href?: string
}

/** The class of a link whose text is its own address; print CSS does not repeat the address. */
export const addressLinkClass = 'shows-address'

export function telHref(number: string): string {
  return `tel:${number.replace(/[^\d+]/g, '')}`
}

// Landlines with an area code (0551—12333, 0556-5897204, the dash as the notices print it),
// 400 service numbers and mobiles; digits inside longer runs (文号, dates, ids) are not numbers.
const phone = String.raw`(?<!\d)(?:0\d{2,3}[-—–－]\d{5,8}|400[-—]?\d{3}[-—]?\d{4}|1[3-9]\d{9})(?!\d)`
const email = String.raw`[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}`
const contact = new RegExp(`(${email})|(${phone})`, 'g')

/** Text split into plain parts and linked numbers and addresses, in order. */
export function contactParts(text: string): ContactPart[] {
  const parts: ContactPart[] = []
  let at = 0
  for (const m of text.matchAll(contact)) {
    if (m.index > at) parts.push({ text: text.slice(at, m.index) })
    parts.push({ text: m[0], href: m[1] ? `mailto:${m[0]}` : telHref(m[0]) })
    at = m.index + m[0].length
  }
  if (at < text.length) parts.push({ text: text.slice(at) })
  return parts
}

const bare = (address: string) => address.trim().replace(/^(?:https?:\/\/|mailto:|tel:)/i, '').replace(/\/$/, '').toLowerCase()

/** Whether the link's text is its address (scheme and a final slash aside). */
export function showsAddress(text: string, href: string): boolean {
  return bare(text) === bare(href)
}
