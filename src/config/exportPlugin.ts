import path from 'node:path'

import { importExportPlugin } from '@payloadcms/plugin-import-export'
import {
  type CollectionBeforeOperationHook,
  type CollectionConfig,
  type Endpoint,
  Forbidden,
  type Plugin,
} from 'payload'

import { hiddenUnlessContentEditor, isContentEditor, nobody } from '../access'
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
  handler: (req) =>
    isContentEditor({ req })
      ? endpoint.handler(req)
      : Response.json({ errors: [{ message: 'Only editors and admins may export.' }] }, { status: 403 }),
})

// Payload runs beforeOperation hooks before its access check, and the plugin's hook builds the
// export there: refuse anyone else first, so they get 403 and no export is built for them.
const refuseExportUnlessEditor: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'create' && !args.overrideAccess && !isContentEditor({ req })) throw new Forbidden(req.t)
}

/**
 * Export of editions and organizations as CSV or JSON from the list view ("Export" in the list
 * menu), by @payloadcms/plugin-import-export, run at once rather than through the jobs queue.
 * Its import is left out: ours (src/bulkImport) validates the whole file first and writes it
 * all or nothing, matching rows on the natural key (edition year, organization slug). The
 * plugin registers its import collection and job even then; they are removed here so no
 * unused, unguarded way in remains.
 */
export function exportPlugin(): Plugin {
  const plugin = importExportPlugin({
    collections: BULK_COLLECTIONS.map((slug) => ({ slug, import: false, export: { disableJobsQueue: true } })),
    overrideExportCollection: ({ collection }): CollectionConfig => ({
      ...collection,
      access: {
        ...collection.access,
        read: isContentEditor,
        create: isContentEditor,
        delete: isContentEditor,
        update: nobody,
      },
      admin: { ...collection.admin, group: 'Bulk editing', hidden: hiddenUnlessContentEditor },
      endpoints: Array.isArray(collection.endpoints) ? collection.endpoints.map(editorsOnly) : collection.endpoints,
      hooks: {
        ...collection.hooks,
        beforeOperation: [refuseExportUnlessEditor, ...(collection.hooks?.beforeOperation ?? [])],
      },
      upload: { ...(typeof collection.upload === 'object' ? collection.upload : {}), staticDir: exportsDir() },
    }),
  })
  return async (incoming) => {
    const config = await plugin(incoming)
    config.collections = (config.collections ?? []).filter((collection) => collection.slug !== PLUGIN_IMPORT_COLLECTION)
    if (config.jobs?.tasks) config.jobs.tasks = config.jobs.tasks.filter((task) => task.slug !== PLUGIN_IMPORT_TASK)
    return config
  }
}

const PLUGIN_IMPORT_COLLECTION = 'imports'
const PLUGIN_IMPORT_TASK = 'createCollectionImport'
