import type { ServerProps } from 'payload'
import React from 'react'
import { workspaceIdsOf } from '../../access/workspaces.ts'
import { selectedWorkspaceCookie } from '../../workspaces/selection.ts'
import { WorkspacePicker } from './WorkspacePicker.tsx'

/**
 * Above the admin's navigation: which of their workspaces a user with several works in now
 * (lists show it, new documents go into it). Users with one workspace, and admins without any,
 * never see it.
 */
export async function WorkspaceSelector({ payload, user }: ServerProps) {
  const ids = workspaceIdsOf(user as never)
  if (ids.length < 2) return null
  const { docs } = await payload.find({ collection: 'workspaces', where: { id: { in: ids } }, sort: 'order', depth: 0, limit: ids.length, overrideAccess: true })
  return <WorkspacePicker cookie={selectedWorkspaceCookie} options={docs.map((w) => ({ value: String(w.id), label: w.shortName }))} />
}
