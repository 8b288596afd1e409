import type React from 'react'

export const metadata = { title: '草稿预览', robots: { index: false, follow: false } }

export default function PreviewLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="zh-CN">
      <body style={{ fontFamily: 'system-ui, "Noto Sans CJK SC", sans-serif', maxWidth: '48rem', margin: '0 auto', padding: '1rem', lineHeight: 1.7 }}>
        {children}
      </body>
    </html>
  )
}
