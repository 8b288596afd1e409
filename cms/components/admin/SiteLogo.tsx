import React from 'react'

/** The site's mark: a seal-red square with 继教 (continuing education). */
export function SiteMark({ size = 40 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 40 40" role="img" aria-label="安徽专技继续教育" style={{ flex: 'none' }}>
      <rect x="1" y="1" width="38" height="38" rx="6" fill="#b8242a" />
      <text x="20" y="26.5" textAnchor="middle" fontSize="15" fontWeight="700" fill="#fff" fontFamily="'Noto Sans CJK SC','Noto Sans SC','PingFang SC','Microsoft YaHei',sans-serif">
        继教
      </text>
    </svg>
  )
}

/** The sign-in page's logo: the site's own name and mark, not Payload's. */
export function SiteLogo() {
  return (
    <div style={{ display: 'flex', alignItems: 'center', gap: 12 }} data-site-logo>
      <SiteMark size={48} />
      <div>
        <div style={{ fontSize: 22, fontWeight: 700, lineHeight: 1.3 }}>安徽专业技术人员继续教育</div>
        <div style={{ fontSize: 14, opacity: 0.75 }}>内容管理后台</div>
      </div>
    </div>
  )
}

/** The nav's small icon. */
export function SiteIcon() {
  return <SiteMark size={28} />
}
