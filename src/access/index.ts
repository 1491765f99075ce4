import type { Access, AccessResult, Where } from 'payload'

import { type EditorialCollection, publishedAndNotTakenDown } from './publicContent'
import { hasRole, type RoleHolder } from './roles'

// Who may do what, as small named rules. Collections, globals, jobs, endpoints and admin
// components import these instead of writing inline role checks.
//
// A rule is asked about whoever Payload hands it: `{ req }` in collection, field and job access,
// `{ user }` in the admin's `hidden` callbacks and components. The rules below accept either, so
// one rule has one name wherever it is asked (no `{ req } as never` to fit another shape).

type Asker = { req: { user?: RoleHolder } } | { user?: RoleHolder }
const userOf = (asker: Asker): RoleHolder => ('req' in asker ? asker.req.user : asker.user)

export const anyone = () => true
export const nobody = () => false

export const isAdmin = (asker: Asker): boolean => hasRole(userOf(asker), 'admin')

/** Editors keep the expo record; admins may too. Also who may bulk import/export and preview drafts. */
export const isContentEditor = (asker: Asker): boolean => hasRole(userOf(asker), 'admin', 'editor')

/** Staff triage contact and removal requests, which hold personal data; admins may too. */
export const isRequestHandler = (asker: Asker): boolean => hasRole(userOf(asker), 'admin', 'staff')

/** Anyone with a role may open the admin panel; what they see there is up to the rules above. */
export const hasAnyRole = (asker: Asker): boolean => Boolean(userOf(asker)?.roles?.length)

// Admin navigation: a collection is listed only for those who may read it.
export const hiddenUnlessAdmin = (asker: Asker): boolean => !isAdmin(asker)
export const hiddenUnlessContentEditor = (asker: Asker): boolean => !isContentEditor(asker)
export const hiddenUnlessRequestHandler = (asker: Asker): boolean => !isRequestHandler(asker)

// Field-level rules.
/** Set by the server (hooks, jobs, URL resolution); nobody writes it through the API. */
export const serverOnly = { create: nobody, update: nobody }
/** Kept exactly as the public filed it: nobody edits it afterwards. */
export const asFiled = { update: nobody }
/** Written by staff (and admins) as they handle a request. */
export const staffWrites = { create: isRequestHandler, update: isRequestHandler }
/** Written by the server; read by staff only (e.g. a sender's fingerprint). */
export const serverWrittenStaffReads = { ...serverOnly, read: isRequestHandler }

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
    if (isContentEditor({ req })) return true
    if (hasRole(req.user, 'staff')) return { _status: { equals: 'published' } }
    return publishedAndNotTakenDown(req, collection)
  }

/** Media files: the team sees all; the public only files no removal notice has hidden (this also stops the file being served). */
export const visibleMediaOrTeam: Access = ({ req }) =>
  hasRole(req.user, 'admin', 'editor', 'staff') ? true : notTakenDown

/** Users: admins manage everyone; others may read and update only themselves. */
export const isAdminOrSelf: Access = ({ req }) => {
  if (isAdmin({ req })) return true
  if (req.user) return { id: { equals: req.user.id } }
  return false
}

/** Expo content (editions, organizations, pages): the public reads what is published, editors write. */
export const editorialAccess = (collection: EditorialCollection) => ({
  read: publishedOrEditor(collection),
  create: isContentEditor,
  update: isContentEditor,
  delete: isContentEditor,
  readVersions: isContentEditor,
})
