import type { CollectionConfig } from 'payload'

/**
 * Versions for the public content: drafts saved as the editor types (autosave), older versions
 * kept for compare and restore, and publish/unpublish on a date through the jobs queue.
 */
export const editorialVersions: CollectionConfig['versions'] = {
  drafts: {
    // Autosave writes the draft only; the public site still reads the published version.
    autosave: { interval: 2000 },
    schedulePublish: true,
  },
  maxPerDoc: 50,
}
