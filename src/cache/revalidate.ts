import crypto from 'node:crypto'

import { revalidatePath, revalidateTag } from 'next/cache'
import type { PayloadRequest } from 'payload'

import { markPublicContentChanged } from './contentGeneration'
import { announceContentChange } from './contentStamp'
import { purgeSharedCaches } from './purge'
import { env, insideNextServer } from '../config/env'

/** Cache tag carried by every public read of expo content (src/site/content.ts, and the search index stamp in src/site/searchIndex.ts). */
export const CONTENT_TAG = 'content'

/**
 * Makes the public site show a content change on its next request: the whole route tree
 * (pages, lists, search, sitemap all derive from the same few collections) and the
 * cached data reads, and the shared caches in front (CACHE_PURGE_URLS) by the surrogate keys
 * of what changed (src/cache/surrogateKeys.ts). Skipped for the seed and CLI scripts, which run
 * outside Next.
 */
export function revalidatePublicSite(req: PayloadRequest, reason: string, keys: string[]): void {
  if (req.context?.disableRevalidate) return
  purgeSharedCaches(req, keys, reason)
  // The server's 410 snapshot, page copies and search warm-up follow this (a takedown, a renamed
  // slug or a deleted item can change what answers 410).
  markPublicContentChanged()
  // …and so do every other instance's, through the database (src/cache/contentStamp.ts).
  announceContentChange(req).catch((err: Error) =>
    req.payload.logger.warn({ msg: `content change not announced to other instances (${reason}): ${err.message}` }),
  )
  try {
    revalidateTag(CONTENT_TAG, { expire: 0 })
    revalidatePath('/', 'layout')
    req.payload.logger.debug({ msg: `revalidated public site: ${reason}` })
  } catch (err) {
    const outsideRequest = String((err as Error)?.message).includes('static generation store missing')
    // A scheduled publish runs from the jobs cron inside the Next server but outside any
    // request, where Next refuses to purge; ask the server itself through its endpoint, on
    // loopback (SITE_URL may be a public address in front of several instances).
    if (outsideRequest && insideNextServer()) {
      void fetch(`http://127.0.0.1:${env().PORT}/api/site/revalidate`, {
        method: 'POST',
        // The shared caches are purged above, by the keys of this change only.
        headers: { 'x-revalidate-token': revalidationToken(req.payload.config.secret), 'x-shared-caches-purged': '1' },
      }).catch((e: Error) => req.payload.logger.warn({ msg: `revalidation request failed (${reason}): ${e.message}` }))
      return
    }
    // Outside Next altogether (Local API scripts, tests) there is no cache to purge.
    if (!outsideRequest) {
      req.payload.logger.warn({ msg: `revalidation skipped (${reason}): ${(err as Error).message}` })
    }
  }
}

/** The token a local operator (the start script, the jobs cron) presents; derived so the secret itself never travels. */
export function revalidationToken(secret: string): string {
  return crypto.createHash('sha256').update(`${secret}:revalidate-site`).digest('hex')
}
