import type { Endpoint } from 'payload'

import { takedownNoticeForPath } from '../../../src/takedown/hiddenContent'

/**
 * GET /api/contact-requests/hidden-content?path=/editions/2019: whether a public URL is hidden
 * by a removal notice, with the reference, basis and date to show instead. proxy.ts asks this
 * on every content URL so a decision answers 410 on the very next request.
 */
export const hiddenContentEndpoint: Endpoint = {
  path: '/hidden-content',
  method: 'get',
  handler: async (req) => {
    const path = new URL(req.url ?? 'http://x/').searchParams.get('path') ?? ''
    const notice = await takedownNoticeForPath(req.payload, path)
    return Response.json(notice ? { hidden: true, ...notice } : { hidden: false }, { headers: { 'Cache-Control': 'no-store' } })
  },
}
