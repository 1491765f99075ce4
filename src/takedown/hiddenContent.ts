import type { Payload, Where } from 'payload'

import { type HiddenIndex, hiddenIndexKey, type HiddenNotice } from './hiddenSnapshot'
import { parseContentPath } from './resolveUrl'
import type { TakedownCollection } from './vocabulary'

export type { HiddenNotice } from './hiddenSnapshot'

/** The field of each collection that its public URL is made of (see parseContentPath). */
const URL_KEY_FIELD: Record<TakedownCollection, 'year' | 'slug' | 'filename'> = {
  editions: 'year',
  organizations: 'slug',
  pages: 'slug',
  media: 'filename',
}

const noticeOf = (t: HiddenNotice): HiddenNotice => ({
  reference: t.reference ?? null,
  basis: t.basis ?? null,
  since: t.since ?? null,
})

/**
 * The takedown notice to show for a public path, or null when the path shows content as usual.
 * Reads the stored takedown state (kept current by the workflow) with one indexed query.
 */
export async function takedownNoticeForPath(payload: Payload, path: string): Promise<HiddenNotice | null> {
  const parsed = parseContentPath(path.split('?')[0])
  if (!parsed) return null
  const field = URL_KEY_FIELD[parsed.collection]
  const where: Where = { [field]: { equals: field === 'year' ? Number(parsed.key) : parsed.key } }
  const { docs } = await payload.find({
    collection: parsed.collection,
    where: { and: [where, { 'takedown.hidden': { equals: true } }] },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    select: { takedown: true },
  })
  const takedown = (docs[0] as { takedown?: HiddenNotice } | undefined)?.takedown
  return takedown ? noticeOf(takedown) : null
}

/** Every hidden item, keyed as the proxy looks it up; usually empty or a handful of rows. */
export async function hiddenContentIndex(payload: Payload): Promise<HiddenIndex> {
  const index: HiddenIndex = {}
  for (const collection of Object.keys(URL_KEY_FIELD) as TakedownCollection[]) {
    const field = URL_KEY_FIELD[collection]
    const { docs } = await payload.find({
      collection,
      where: { 'takedown.hidden': { equals: true } },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      select: { [field]: true, takedown: true },
    })
    for (const doc of docs as unknown as ({ takedown?: HiddenNotice } & Record<string, unknown>)[]) {
      const key = doc[field]
      if (key === null || key === undefined || !doc.takedown) continue
      index[hiddenIndexKey(collection, String(key))] = noticeOf(doc.takedown)
    }
  }
  return index
}
