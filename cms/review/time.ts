const parts = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})

/** 2026年12月1日 09:08, Beijing time: how the admin and the mails write a moment. */
export function chinaTime(value: Date | string | number): string {
  const p = Object.fromEntries(parts.formatToParts(new Date(value)).map((part) => [part.type, part.value]))
  return `${p.year}年${p.month}月${p.day}日 ${p.hour}:${p.minute}`
}
