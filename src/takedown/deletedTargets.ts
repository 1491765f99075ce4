import type { CollectionAfterDeleteHook } from 'payload'

import { contentKey } from './resolveUrl'
import type { TakedownCollection } from './vocabulary'

/**
 * A notice names its content by collection and id. Once that content is deleted its id can come
 * back: SQLite hands out the highest id again, so a new edition created after a removed one was
 * deleted inherited the removal and answered 410. The notices keep what they named (address,
 * title, id) for the record, but their rows stop matching any item: the key is retired.
 */
export const retireNoticeTargets: CollectionAfterDeleteHook = async ({ collection, id, req }) => {
  const key = contentKey(collection.slug as TakedownCollection, String(id))
  const { docs } = await req.payload.find({
    collection: 'contact-requests',
    where: { 'urls.key': { equals: key } },
    depth: 0,
    limit: 500,
    overrideAccess: true,
    req,
    select: { urls: true },
  })
  const retired = `${key}#deleted-${new Date().toISOString()}`
  for (const notice of docs)
    await req.payload.db.updateOne({
      collection: 'contact-requests',
      id: notice.id,
      data: { urls: (notice.urls ?? []).map((row) => (row.key === key ? { ...row, key: retired } : row)) },
      req,
    })
}
