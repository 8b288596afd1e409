/** How attachments are described: readable size and type, from what the CMS knows of a file. */

const typeNames: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/msword': 'Word',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word',
  'application/vnd.ms-excel': 'Excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel',
  'image/png': 'PNG 图片',
  'image/jpeg': 'JPEG 图片',
  'image/webp': 'WebP 图片',
}

export function fileTypeName(mimeType: string | undefined, filename?: string): string {
  if (mimeType && typeNames[mimeType]) return typeNames[mimeType]
  const ext = filename?.split('.').pop()
  return ext && ext !== filename ? ext.toUpperCase() : '文件'
}

/** 1234567 → "1.2 MB"; sizes under 1 KB in bytes. */
export function formatBytes(bytes: number | undefined): string {
  if (bytes === undefined || !Number.isFinite(bytes) || bytes < 0) return ''
  if (bytes < 1024) return `${bytes} B`
  const units = ['KB', 'MB', 'GB']
  let value = bytes / 1024
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit += 1
  }
  return `${value < 10 ? value.toFixed(1) : Math.round(value)} ${units[unit]}`
}
