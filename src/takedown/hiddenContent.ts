import type { Payload, Where } from 'payload'

import { parseContentPath } from './resolveUrl'

export type HiddenNotice = { reference: string | null; basis: string | null; since: string | null }

/**
 * The takedown notice to show for a public path, or null when the path shows content as usual.
 * Reads the stored takedown state (kept current by the workflow) with one indexed query.
 */
export async function takedownNoticeForPath(payload: Payload, path: string): Promise<HiddenNotice | null> {
  const parsed = parseContentPath(path.split('?')[0])
  if (!parsed) return null
  const where: Where =
    parsed.collection === 'editions'
      ? { year: { equals: Number(parsed.key) } }
      : parsed.collection === 'media'
        ? { filename: { equals: parsed.key } }
        : { slug: { equals: parsed.key } }
  const { docs } = await payload.find({
    collection: parsed.collection,
    where: { and: [where, { 'takedown.hidden': { equals: true } }] },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    select: { takedown: true },
  })
  const takedown = (docs[0] as { takedown?: HiddenNotice } | undefined)?.takedown
  return takedown ? { reference: takedown.reference ?? null, basis: takedown.basis ?? null, since: takedown.since ?? null } : null
}
