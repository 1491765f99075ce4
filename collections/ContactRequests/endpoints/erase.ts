import crypto from 'node:crypto'

import type { Endpoint } from 'payload'

import { clientIp, hit, limitNetwork } from '../../../src/takedown/rateLimit'
import { requestByReference } from '../../../src/takedown/reference'
import { anonymiseRequest } from '../../../src/takedown/retention'
import { OPEN_STATUSES, type RequestStatus } from '../../../src/takedown/workflow'

const LIMIT = { max: 5, windowMs: 60 * 60_000 }
const ANSWER =
  'If a request with this reference and email address exists, its personal data will be erased: at once when it is closed, otherwise as soon as it closes.'

/**
 * POST /api/contact-requests/erase {reference, email}: a notifier asks for their personal data
 * to be erased before the retention period ends. The answer is the same whether or not they
 * match, so nobody can probe which references belong to which address.
 */
export const eraseEndpoint: Endpoint = {
  path: '/erase',
  method: 'post',
  handler: async (req) => {
    const ip = clientIp(req.headers)
    if (await hit(`erase:${limitNetwork(ip)}`, LIMIT))
      return Response.json({ errors: [{ message: 'Too many requests; try again in an hour.' }] }, { status: 429 })
    const body = (await req.json?.().catch(() => null)) as { reference?: unknown; email?: unknown } | null
    const reference = typeof body?.reference === 'string' ? body.reference.trim().toUpperCase() : ''
    const email = typeof body?.email === 'string' ? body.email.trim().toLowerCase() : ''
    if (!reference || !email)
      return Response.json(
        { errors: [{ message: 'Give the reference and the email address of the request.' }] },
        { status: 400 },
      )
    const doc = await requestByReference(req, reference)
    // Compared as digests: equal length whatever the characters, and in constant time.
    const digest = (text: string) => crypto.createHash('sha256').update(text).digest()
    const same = (a: string, b: string) => crypto.timingSafeEqual(digest(a), digest(b))
    if (doc && !doc.anonymisedAt && same(String(doc.email ?? '').toLowerCase(), email)) {
      await req.payload.db.updateOne({
        collection: 'contact-requests',
        id: doc.id,
        data: { erasureRequestedAt: new Date().toISOString() },
        req,
      })
      if (!OPEN_STATUSES.includes(doc.status as RequestStatus))
        await anonymiseRequest(req, doc.id, 'erasure asked for by the notifier')
    }
    return Response.json({ message: ANSWER }, { status: 202 })
  },
}
