import crypto from 'node:crypto'

import type { Endpoint } from 'payload'

import { revalidatePublicSite, revalidationToken } from './revalidate'
import { SITE_KEY } from './surrogateKeys'
import { isAdmin } from '../access'

export { revalidationToken }

/**
 * POST /api/site/revalidate: marks every public page and cached read stale. Next keeps its
 * page and data caches on disk, so content changed while the server was down (a restore,
 * a CLI seed) would otherwise be served stale after a restart; `npm start` calls this once
 * the server answers. Admins can call it too.
 */
export const revalidateSiteEndpoint: Endpoint = {
  path: '/site/revalidate',
  method: 'post',
  handler: async (req) => {
    const presented = req.headers.get('x-revalidate-token') ?? ''
    const expected = revalidationToken(req.payload.config.secret)
    const tokenOk =
      presented.length === expected.length && crypto.timingSafeEqual(Buffer.from(presented), Buffer.from(expected))
    if (!tokenOk && !isAdmin({ req })) {
      return Response.json({ errors: [{ message: 'Only an admin may revalidate the site.' }] }, { status: 403 })
    }
    // The jobs cron's fallback has purged the shared caches by the change's own keys already.
    const purged = req.headers.get('x-shared-caches-purged') === '1' && tokenOk
    revalidatePublicSite(req, 'revalidate endpoint', purged ? [] : [SITE_KEY])
    return Response.json({ revalidated: true })
  },
}
