import type { PayloadRequest } from 'payload'

export const roles = ['admin', 'publisher', 'editor'] as const
export type Role = (typeof roles)[number]

export const roleLabels: Record<Role, string> = {
  admin: '管理员',
  publisher: '审核发布',
  editor: '起草',
}

type MaybeUser = PayloadRequest['user'] | undefined | null

export function hasRole(user: MaybeUser, ...wanted: Role[]): boolean {
  const role = (user as { role?: Role } | null | undefined)?.role
  return Boolean(role && wanted.includes(role))
}
