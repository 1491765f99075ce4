import type { PayloadRequest, Where } from 'payload'

/** The collections whose public reads go through versions (drafts) as well as the live table. */
export type EditorialCollection = 'editions' | 'organizations' | 'pages'

/**
 * Ids of the items a removal notice hides, read from the live documents: the workflow keeps the
 * `takedown` flag current there only (src/takedown/contentEffect.ts), so the copy inside older
 * version rows may be stale. Usually an empty list or a handful of ids, from an indexed column.
 */
export async function takenDownIds(req: PayloadRequest, collection: EditorialCollection): Promise<(string | number)[]> {
  const { docs } = await req.payload.db.find<{ id: string | number }>({
    collection,
    where: { 'takedown.hidden': { equals: true } },
    pagination: false,
    limit: 0,
    select: { takedown: true },
    // The collection's default sort may be a localized field, which needs a locale join; ids need none.
    sort: 'id',
    req,
  })
  return docs.map((doc) => doc.id)
}

/**
 * What the public may read: published and not taken down, whether Payload reads the live table
 * or (with `draft=true`, and in joins under it) the latest version rows. Payload rewrites a read
 * rule for the version table by prefixing each key with `version.` — except `id`, which becomes
 * `parent`. So the takedown part is said with `id`, the one key that means the live document on
 * both paths; `version._status` is always current, as every save writes a version.
 */
export async function publishedAndNotTakenDown(req: PayloadRequest, collection: EditorialCollection): Promise<Where> {
  const hidden = await takenDownIds(req, collection)
  const published: Where = { _status: { equals: 'published' } }
  // An empty `not_in` is not valid SQL on every adapter; with nothing hidden there is nothing to exclude.
  return hidden.length ? { and: [published, { id: { not_in: hidden } }] } : published
}
