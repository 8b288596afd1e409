import type { Field } from 'payload'
import { describe, expect, it } from 'vitest'
import { Users } from '../../cms/collections/Users/index.ts'

describe('the role a new account starts with', () => {
  const role = Users.fields.find((f: Field) => 'name' in f && f.name === 'role') as { defaultValue: (args: { user?: unknown }) => string }

  it('shows 管理员 on the create-first-user screen, where nobody is signed in', () => {
    expect(role.defaultValue({ user: undefined })).toBe('admin')
  })
  it('is 起草 when an admin adds an account', () => {
    expect(role.defaultValue({ user: { id: 1, role: 'admin' } })).toBe('editor')
  })
})
