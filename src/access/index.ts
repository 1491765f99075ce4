import type { Access, AccessResult, FieldAccess, Where } from 'payload'

import { type EditorialCollection, publishedAndNotTakenDown } from './publicContent'
import { hasRole } from './roles'

// Who may do what, as small named rules. Collections import these instead of writing inline checks.

export const anyone: Access = () => true
export const nobody: Access = () => false

export const isAdmin: Access = ({ req }) => hasRole(req.user, 'admin')

/** Editors keep the expo record; admins may too. */
export const writesContent = (user: unknown): boolean => hasRole(user as never, 'admin', 'editor')

export const isContentEditor: Access = ({ req }) => writesContent(req.user)

/** Staff triage contact and removal requests, which hold personal data. */
export const isRequestHandler: Access = ({ req }) => hasRole(req.user, 'admin', 'staff')

/** Not hidden by a removal notice (see src/takedown); rows from before the field count as visible. */
export const notTakenDown: Where = {
  or: [{ 'takedown.hidden': { equals: false } }, { 'takedown.hidden': { exists: false } }],
}

/**
 * Content readers: editors and admins see drafts; staff (who must not edit content but review
 * removal notices) see everything published, hidden or not; the public sees what is published
 * and not taken down — with or without `draft=true` (see ./publicContent.ts).
 */
export const publishedOrEditor =
  (collection: EditorialCollection): Access =>
  async ({ req }): Promise<AccessResult> => {
    if (writesContent(req.user)) return true
    if (hasRole(req.user, 'staff')) return { _status: { equals: 'published' } }
    return publishedAndNotTakenDown(req, collection)
  }

/** Media files: the team sees all; the public only files no removal notice has hidden (this also stops the file being served). */
export const visibleMediaOrTeam: Access = ({ req }) =>
  hasRole(req.user, 'admin', 'editor', 'staff') ? true : notTakenDown

/** Users: admins manage everyone; others may read and update only themselves. */
export const isAdminOrSelf: Access = ({ req }) => {
  if (hasRole(req.user, 'admin')) return true
  if (req.user) return { id: { equals: req.user.id } }
  return false
}

export const isAdminField: FieldAccess = ({ req }) => hasRole(req.user, 'admin')

/** Expo content (editions, organizations, pages): the public reads what is published, editors write. */
export const editorialAccess = (collection: EditorialCollection) => ({
  read: publishedOrEditor(collection),
  create: isContentEditor,
  update: isContentEditor,
  delete: isContentEditor,
  readVersions: isContentEditor,
})
