import { revalidatePath, revalidateTag } from 'next/cache'
import type { PayloadRequest } from 'payload'

import { markHiddenContentChanged } from '../takedown/hiddenSnapshot'

/** Cache tag carried by every public read of expo content (src/site/content.ts, and the search index stamp in src/site/searchIndex.ts). */
export const CONTENT_TAG = 'content'

/**
 * Makes the public site show a content change on its next request: the whole route tree
 * (pages, lists, search, sitemap all derive from the same few collections) and the
 * cached data reads. Skipped for the seed and CLI scripts, which run outside Next.
 */
export function revalidatePublicSite(req: PayloadRequest, reason: string): void {
  if (req.context?.disableRevalidate) return
  // A takedown, a renamed slug or a deleted item can change what answers 410.
  markHiddenContentChanged()
  try {
    revalidateTag(CONTENT_TAG, { expire: 0 })
    revalidatePath('/', 'layout')
    req.payload.logger.debug({ msg: `revalidated public site: ${reason}` })
  } catch (err) {
    // Outside a Next request (Local API scripts, tests) there is no cache to purge.
    if (!String((err as Error)?.message).includes('static generation store missing')) {
      req.payload.logger.warn({ msg: `revalidation skipped (${reason}): ${(err as Error).message}` })
    }
  }
}
