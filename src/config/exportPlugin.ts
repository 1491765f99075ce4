import path from 'node:path'

import { importExportPlugin } from '@payloadcms/plugin-import-export'
import type { CollectionConfig, Endpoint, Plugin } from 'payload'

import { isContentEditor, nobody } from '../access'
import { hasRole } from '../access/roles'
import { mediaDir } from './paths'

/** Collections editors may export (and import, see src/bulkImport): the expo record's two lists. */
export const BULK_COLLECTIONS = ['editions', 'organizations'] as const
export type BulkCollection = (typeof BULK_COLLECTIONS)[number]

/** Saved exports live beside the media, outside the repository. */
const exportsDir = () => path.join(path.dirname(mediaDir()), 'exports')

// The plugin's own endpoints (download, preview) read with the caller's access, which would let
// staff (who may read published editions) export them; bulk work is for editors and admins.
const editorsOnly = (endpoint: Endpoint): Endpoint => ({
  ...endpoint,
  handler: (req) => (hasRole(req.user, 'admin', 'editor') ? endpoint.handler(req) : Response.json({ errors: [{ message: 'Only editors and admins may export.' }] }, { status: 403 })),
})

const hiddenUnlessEditor = ({ user }: { user: unknown }) => !hasRole(user as never, 'admin', 'editor')

/**
 * Export of editions and organizations as CSV or JSON from the list view ("Export" in the list
 * menu), by @payloadcms/plugin-import-export, run at once rather than through the jobs queue.
 * Its import is switched off: ours (src/bulkImport) validates the whole file first and writes
 * it all or nothing, matching rows on the natural key (edition year, organization slug).
 */
export function exportPlugin(): Plugin {
  return importExportPlugin({
    collections: BULK_COLLECTIONS.map((slug) => ({ slug, import: false, export: { disableJobsQueue: true } })),
    overrideExportCollection: ({ collection }): CollectionConfig => ({
      ...collection,
      access: { ...collection.access, read: isContentEditor, create: isContentEditor, delete: isContentEditor, update: nobody },
      admin: { ...collection.admin, group: 'Bulk editing', hidden: hiddenUnlessEditor },
      endpoints: Array.isArray(collection.endpoints) ? collection.endpoints.map(editorsOnly) : collection.endpoints,
      upload: { ...(typeof collection.upload === 'object' ? collection.upload : {}), staticDir: exportsDir() },
    }),
    // The plugin always registers its import collection; ours replaces it, so nobody may use it.
    overrideImportCollection: ({ collection }): CollectionConfig => ({
      ...collection,
      access: { read: nobody, create: nobody, update: nobody, delete: nobody },
      admin: { ...collection.admin, hidden: true },
      endpoints: [],
      upload: { ...(typeof collection.upload === 'object' ? collection.upload : {}), staticDir: exportsDir() },
    }),
  })
}
