import crypto from 'node:crypto'

import type { PayloadRequest } from 'payload'

import { contentKey } from './resolveUrl'
import { canonicalJson } from './snapshotText'
import type { TakedownCollection } from './vocabulary'

type AddressRow = {
  url?: string | null
  title?: string | null
  targetCollection?: string | null
  contentId?: string | null
}

/**
 * Copies each item a notice names, as published and in every language, the moment the notice
 * first hides it (issue 16 §4: staff open "the content as it was when hidden" from the request).
 * Runs in the request's transaction: a change that rolls back leaves no snapshot behind.
 */
export async function takeSnapshots(
  req: PayloadRequest,
  request: { id: number | string; reference?: string | null; urls?: AddressRow[] | null },
): Promise<number> {
  const takenAt = new Date().toISOString()
  const seen = new Set<string>()
  let taken = 0
  for (const row of request.urls ?? []) {
    if (!row.targetCollection || !row.contentId) continue
    const key = contentKey(row.targetCollection, row.contentId)
    if (seen.has(key)) continue
    seen.add(key)
    const document = await req.payload.findByID({
      collection: row.targetCollection as TakedownCollection,
      id: row.contentId,
      locale: 'all',
      depth: 0,
      draft: false,
      overrideAccess: true,
      disableErrors: true,
      req,
    })
    // Over the copy as it reads back on any database: canonical JSON, keys sorted.
    const copy = canonicalJson(document ?? null)
    await req.payload.create({
      collection: 'takedown-snapshots',
      data: {
        request: request.id as number,
        reference: request.reference ?? null,
        takenAt,
        key,
        url: row.url ?? null,
        title: row.title ?? null,
        targetCollection: row.targetCollection as TakedownCollection,
        contentId: row.contentId,
        sha256: crypto.createHash('sha256').update(copy).digest('hex'),
        document: (document ?? null) as Record<string, unknown> | null,
      },
      overrideAccess: true,
      req,
    })
    taken++
  }
  return taken
}
