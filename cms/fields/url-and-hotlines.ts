import type { TextField } from 'payload'
import { validatePhones, validateUrl } from './validators.ts'

/**
 * Where the public reaches a provider or a topic: an address (checked), the address as the
 * notice printed it when that lacked a scheme, and the hotlines. Providers call the address
 * `website`, topics `learningUrl`; the stored field names stay as they are.
 */
export const urlAndHotlinesFields = (name: string, label: string): TextField[] => [
  { name, label, type: 'text', validate: validateUrl },
  {
    name: `${name}AsPrinted`,
    label: '通知原文中的网址写法',
    type: 'text',
    admin: { description: '通知印的网址缺少 http:// 等前缀时，照录原文写法' },
  },
  { name: 'hotlines', label: '咨询电话', type: 'text', hasMany: true, validate: validatePhones },
]
