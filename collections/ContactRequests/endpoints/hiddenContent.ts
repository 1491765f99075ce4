import type { Endpoint } from 'payload'

import { hiddenContentIndex, takedownNoticeForPath } from '../../../src/takedown/hiddenContent'

/**
 * GET /api/contact-requests/hidden-content?path=/editions/2019: whether a public URL is hidden
 * by a removal notice, with the reference, basis and date to show instead.
 * Without `path`: every hidden item at once, which the server's 410 gate keeps as its snapshot (src/takedown/goneGate.ts).
 * Public on purpose: a 410 page shows the same facts to anyone who opens the URL.
 */
export const hiddenContentEndpoint: Endpoint = {
  path: '/hidden-content',
  method: 'get',
  handler: async (req) => {
    const path = new URL(req.url ?? 'http://x/').searchParams.get('path')
    if (path === null) {
      return Response.json(
        { hidden: await hiddenContentIndex(req.payload) },
        { headers: { 'Cache-Control': 'no-store' } },
      )
    }
    const notice = await takedownNoticeForPath(req.payload, path)
    return Response.json(notice ? { hidden: true, ...notice } : { hidden: false }, {
      headers: { 'Cache-Control': 'no-store' },
    })
  },
}
