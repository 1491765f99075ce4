import type { Access, FieldAccess } from 'payload'

import { hasRole } from './roles'

// Who may do what, as small named rules. Collections import these instead of writing inline checks.

export const anyone: Access = () => true
export const nobody: Access = () => false

export const isAdmin: Access = ({ req }) => hasRole(req.user, 'admin')

/** Editors keep the expo record; admins may too. */
export const isContentEditor: Access = ({ req }) => hasRole(req.user, 'admin', 'editor')

/** Staff triage contact and removal requests, which hold personal data. */
export const isRequestHandler: Access = ({ req }) => hasRole(req.user, 'admin', 'staff')

/** Any signed-in role may open the admin panel. */
export const isTeamMember = ({ req }: { req: { user?: unknown } }) =>
  hasRole(req.user as never, 'admin', 'editor', 'staff')

/**
 * Content readers: editors and admins see drafts; everyone else (the public, and staff,
 * who must not be able to edit content) sees only what is published.
 */
export const publishedOrEditor: Access = ({ req }) => {
  if (hasRole(req.user, 'admin', 'editor')) return true
  return { _status: { equals: 'published' } }
}

/** Users: admins manage everyone; others may read and update only themselves. */
export const isAdminOrSelf: Access = ({ req }) => {
  if (hasRole(req.user, 'admin')) return true
  if (req.user) return { id: { equals: req.user.id } }
  return false
}

export const isAdminField: FieldAccess = ({ req }) => hasRole(req.user, 'admin')

/** Fields the public must not set on what it submits (e.g. the status of its own request). */
export const isTeamMemberField: FieldAccess = ({ req }) => hasRole(req.user, 'admin', 'editor', 'staff')

/** Expo content (editions, organizations, pages): the public reads what is published, editors write. */
export const editorialAccess = {
  read: publishedOrEditor,
  create: isContentEditor,
  update: isContentEditor,
  delete: isContentEditor,
  readVersions: isContentEditor,
}
