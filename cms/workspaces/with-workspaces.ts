import type { Access, CollectionConfig, Where } from 'payload'
import { allOf } from '../access/all-of.ts'
import { publishedOrOwnWorkspace } from '../access/published-or-own-workspace.ts'
import { provinceStaffOnly, provinceStaffVersions, publishedOrProvinceStaff } from '../access/province-staff.ts'
import { publicMediaOrOwnWorkspace } from '../access/public-media-or-own-workspace.ts'
import { hasRole } from '../access/roles.ts'
import { inOwnWorkspaces, isProvinceStaff } from '../access/workspaces.ts'
import { createsInOwnWorkspace, ownWorkspaceVersions, withinOwnWorkspaces } from '../access/within-own-workspaces.ts'
import { defaultWorkspace } from './hooks/default-workspace.ts'
import { selectedWorkspace } from './selection.ts'
import { workspaceField } from './workspace-field.ts'

/** Collections whose documents each belong to one workspace (the `workspace` field). */
export const workspaceCollections = ['notices', 'faqs', 'forms', 'media'] as const
/** Collections that belong to the province's workspace as a whole: only its staff edit them. */
export const provinceCollections = ['topics', 'providers'] as const

const allowAll: Access = () => true
const orAll = (access: Access | undefined): Access => access ?? allowAll

/**
 * What the admin's lists, search and the dashboard show: what the user may act on. Admins see
 * everything; others their own workspaces, or only the one picked in the selector.
 */
export const ownWorkspaceListFilter: NonNullable<NonNullable<CollectionConfig['admin']>['baseFilter']> = ({ req }) => {
  if (!req.user || hasRole(req.user, 'admin')) return null
  const picked = selectedWorkspace(req)
  return picked !== undefined ? { workspace: { equals: picked } } : inOwnWorkspaces(req.user)
}

const nothing: Where = { id: { equals: -1 } }

/** Topics and providers in the admin: a city's staff may act on none of them. */
export const provinceListFilter: NonNullable<NonNullable<CollectionConfig['admin']>['baseFilter']> = async ({ req }) =>
  (await isProvinceStaff(req)) ? null : nothing

function withWorkspaceField(collection: CollectionConfig): CollectionConfig {
  const { access = {} } = collection
  const drafts = Boolean(collection.versions)
  return {
    ...collection,
    fields: [...collection.fields, workspaceField()],
    access: {
      ...access,
      read: allOf(orAll(access.read), collection.slug === 'media' ? publicMediaOrOwnWorkspace : publishedOrOwnWorkspace),
      create: createsInOwnWorkspace(orAll(access.create)),
      update: withinOwnWorkspaces(orAll(access.update)),
      delete: withinOwnWorkspaces(orAll(access.delete)),
      ...(drafts ? { readVersions: ownWorkspaceVersions } : {}),
    },
    admin: { ...collection.admin, baseFilter: ownWorkspaceListFilter },
    hooks: { ...collection.hooks, beforeValidate: [defaultWorkspace, ...(collection.hooks?.beforeValidate ?? [])] },
  }
}

function withProvinceOwnership(collection: CollectionConfig): CollectionConfig {
  const { access = {} } = collection
  return {
    ...collection,
    access: {
      ...access,
      read: allOf(orAll(access.read), publishedOrProvinceStaff),
      create: provinceStaffOnly(orAll(access.create)),
      update: provinceStaffOnly(orAll(access.update)),
      delete: provinceStaffOnly(orAll(access.delete)),
      readVersions: provinceStaffVersions,
    },
    admin: { ...collection.admin, baseFilter: provinceListFilter },
  }
}

/**
 * Puts the collections into workspaces in one place (like withRebuildHooks): the `workspace`
 * field, the access narrowed to the user's own workspaces (composed with each collection's own
 * access, which keeps its meaning: who drafts, who publishes) and the admin's list filter.
 */
export function withWorkspaces(collections: CollectionConfig[]): CollectionConfig[] {
  return collections.map((collection) => {
    if ((workspaceCollections as readonly string[]).includes(collection.slug)) return withWorkspaceField(collection)
    if ((provinceCollections as readonly string[]).includes(collection.slug)) return withProvinceOwnership(collection)
    return collection
  })
}
