'use client'
import React, { useEffect, useState } from 'react'

interface Props {
  cookie: string
  options: { value: string; label: string }[]
}

/** The select behind WorkspaceSelector: remembers the choice in a cookie and reloads the view. */
export function WorkspacePicker({ cookie, options }: Props) {
  const [value, setValue] = useState('')
  useEffect(() => {
    const match = document.cookie.match(new RegExp(`(?:^|;\\s*)${cookie}=([^;]+)`))
    setValue(match ? decodeURIComponent(match[1]!) : '')
  }, [cookie])

  const choose = (next: string) => {
    setValue(next)
    document.cookie = next
      ? `${cookie}=${encodeURIComponent(next)}; path=/; SameSite=Lax`
      : `${cookie}=; path=/; max-age=0; SameSite=Lax`
    window.location.reload()
  }

  return (
    <label style={{ display: 'block', marginBottom: 'var(--base)' }}>
      <span style={{ display: 'block', fontSize: '0.85em' }}>当前机构</span>
      <select value={value} onChange={(e) => choose(e.target.value)} style={{ width: '100%' }}>
        <option value="">全部所属机构</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  )
}
