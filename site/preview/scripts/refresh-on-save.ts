/**
 * Payload's RefreshRouteOnSave, for a page rendered on request: the admin's live preview posts a
 * `payload-document-event` to this window after every save (autosave included), and the page
 * reloads to show the new draft. First it tells the admin it is ready, as Payload's own
 * `ready()` does, or the admin never sends anything. Only messages from the CMS's own origin
 * (the preview is served under it) count.
 */
const admin = window.parent !== window ? window.parent : window.opener
const cmsOrigin = window.location.origin

if (admin) {
  window.addEventListener('message', (event: MessageEvent) => {
    if (event.origin !== cmsOrigin || event.source !== admin) return
    const data = event.data as { type?: unknown } | null
    if (data && typeof data === 'object' && data.type === 'payload-document-event') window.location.reload()
  })
  ;(admin as Window).postMessage({ type: 'payload-live-preview', ready: true }, cmsOrigin)
}
export {}
