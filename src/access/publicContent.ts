import type { PayloadRequest, Where } from 'payload'

/** The collections whose public reads go through versions (drafts) as well as the live table. */
export type EditorialCollection = 'editions' | 'organizations' | 'pages'

/**
 * Slugs of the items a removal notice hides, read from the live documents: the workflow keeps the
 * `takedown` flag current there only (src/takedown/contentEffect.ts), so the copy inside version
 * rows may be stale. Usually an empty list or a handful, from an indexed column.
 */
export async function takenDownSlugs(req: PayloadRequest, collection: EditorialCollection): Promise<string[]> {
  const { docs } = await req.payload.db.find<{ slug?: string | null }>({
    collection,
    where: { 'takedown.hidden': { equals: true } },
    pagination: false,
    limit: 0,
    select: { slug: true },
    // The collection's default sort may be a localized field, which needs a locale join; ids need none.
    sort: 'id',
    req,
  })
  return docs.map((doc) => doc.slug).filter((slug): slug is string => Boolean(slug))
}

/**
 * What the public may read: published and not taken down, whether Payload reads the live table
 * or (with `draft=true`, and in joins under it) the latest version rows, where it rewrites each
 * key of this rule to `version.<key>`. The takedown part therefore names hidden items by slug
 * (unique, and equal in the live row and its latest published version, the only version rows
 * `_status = published` lets through) instead of by the stale flag. Not by `id` (which Payload
 * maps to `parent` there): inside a draft join that makes PostgreSQL fail on an ambiguous
 * `parent_id` column.
 */
export async function publishedAndNotTakenDown(req: PayloadRequest, collection: EditorialCollection): Promise<Where> {
  const hidden = await takenDownSlugs(req, collection)
  const published: Where = { _status: { equals: 'published' } }
  // An empty `not_in` is not valid SQL on every adapter; with nothing hidden there is nothing to exclude.
  return hidden.length ? { and: [published, { slug: { not_in: hidden } }] } : published
}
