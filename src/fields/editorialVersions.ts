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
    // A draft is checked like a published document. Besides catching a missing title early, this
    // is what stops Payload's "Create New" from storing an empty draft the moment the form opens
    // (it pre-creates one only when drafts skip validation), so leaving the form leaves nothing
    // behind; autosave takes over once the editor has saved once.
    validate: true,
  },
  maxPerDoc: 50,
}
