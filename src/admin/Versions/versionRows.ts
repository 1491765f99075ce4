import type { PayloadRequest } from 'payload'

import type { EditorialCollection } from '../../access/publicContent'

/** One row of the Versions view. */
export type VersionRow = {
  id: string
  savedAt: string
  status: 'published' | 'draft'
  autosave: boolean
  savedBy: string | null
  onSite: boolean
  latest: boolean
}

export type ScheduledChange = { action: 'publish' | 'unpublish'; at: string }

// Payload keeps at most `maxPerDoc` (50) versions, so one page holds them all.
const ALL_KEPT = 50

/**
 * A document's versions, newest first, with who saved each (the `savedBy` copy inside the
 * version) and which one the public site shows. Read with the asker's own access.
 */
export async function versionRows(
  req: PayloadRequest,
  collection: EditorialCollection,
  id: string | number,
  hasPublishedDoc: boolean,
): Promise<VersionRow[]> {
  const { docs } = await req.payload.findVersions({
    collection,
    where: { and: [{ parent: { equals: id } }, { snapshot: { not_equals: true } }] },
    sort: '-updatedAt',
    limit: ALL_KEPT,
    depth: 0,
    req,
    overrideAccess: false,
  })
  const firstPublished = hasPublishedDoc ? docs.find((v) => v.version?._status === 'published') : undefined
  return docs.map((v, i) => {
    const version = (v.version ?? {}) as { _status?: string; savedBy?: string | null }
    return {
      id: String(v.id),
      savedAt: String(v.updatedAt),
      status: version._status === 'published' ? 'published' : 'draft',
      autosave: Boolean((v as { autosave?: boolean }).autosave),
      savedBy: version.savedBy ?? null,
      onSite: v === firstPublished,
      latest: i === 0,
    }
  })
}

/** Publishes and unpublishes waiting in the jobs queue for this document, soonest first. */
export async function scheduledChanges(
  req: PayloadRequest,
  collection: EditorialCollection,
  id: string | number,
): Promise<ScheduledChange[]> {
  const { docs } = await req.payload.find({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: 'schedulePublish' } },
        { waitUntil: { greater_than: new Date().toISOString() } },
        { 'input.doc.value': { equals: String(id) } },
        { 'input.doc.relationTo': { equals: collection } },
      ],
    },
    sort: 'waitUntil',
    limit: 10,
    depth: 0,
    req,
    overrideAccess: true,
  })
  return docs.map((job) => ({
    action: (job.input as { type?: string } | null)?.type === 'unpublish' ? 'unpublish' : 'publish',
    at: String(job.waitUntil),
  }))
}
