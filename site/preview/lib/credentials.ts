/**
 * The viewer's sign-in, as the CMS issued it: the admin's `payload-token` cookie (the preview is
 * served under the CMS's own address) or an `Authorization: JWT …` header. The preview never
 * decides access itself: it forwards this to the CMS, which answers as it would the viewer.
 */
export const tokenCookie = 'payload-token'

export function credentialsOf(request: Request): string | undefined {
  const header = request.headers.get('authorization')?.match(/^(?:JWT|Bearer)\s+([\w.-]+)$/i)
  if (header) return header[1]
  for (const part of (request.headers.get('cookie') ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=')
    if (name === tokenCookie && value.length) {
      const token = value.join('=')
      return /^[\w.-]+$/.test(token) ? token : undefined
    }
  }
  return undefined
}
