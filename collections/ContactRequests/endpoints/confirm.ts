import type { Endpoint } from 'payload'

import { confirmRemovalNotice } from '../../../src/takedown/confirmation'

/** POST /api/contact-requests/confirm {token}: the API twin of the confirmation page's button. */
export const confirmEndpoint: Endpoint = {
  path: '/confirm',
  method: 'post',
  handler: async (req) => {
    const body = (await req.json?.().catch(() => null)) as { token?: unknown } | null
    const result = await confirmRemovalNotice(req.payload, body?.token)
    if (!result.ok) return Response.json({ errors: [{ message: result.message }] }, { status: result.status })
    return Response.json({ reference: result.reference, alreadyConfirmed: result.alreadyConfirmed })
  },
}
