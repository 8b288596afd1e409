'use client'
import { useState } from 'react'

/** The "rebuild now" button on the 网站发布状态 page. */
export function RebuildButton() {
  const [message, setMessage] = useState<string>()
  const [busy, setBusy] = useState(false)

  const rebuild = async () => {
    setBusy(true)
    try {
      const response = await fetch('/api/globals/site-build/rebuild', { method: 'POST', credentials: 'include' })
      const body = (await response.json()) as { message?: string; errors?: Array<{ message: string }> }
      setMessage(body.message ?? body.errors?.[0]?.message ?? `HTTP ${response.status}`)
    } catch {
      setMessage('请求失败，请稍后再试')
    } finally {
      setBusy(false)
    }
  }

  return (
    <div style={{ marginBottom: '1.5rem' }}>
      <button type="button" className="btn btn--style-primary" onClick={rebuild} disabled={busy}>
        {busy ? '正在提交……' : '立即重建公众网站'}
      </button>
      <p role="status" aria-live="polite">
        {message}
      </p>
    </div>
  )
}
