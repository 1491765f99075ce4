import type { PayloadRequest, RequestContext } from 'payload'

import type { RequestStatus } from '../takedown/workflow'

/**
 * Moves every contact request in `status` whose `deadline` has passed to `to`, through the
 * collection's hooks (so the move is audited, mailed and its content effect applied), with
 * `context` saying which of the server's moves it is. Returns how many moved.
 */
export async function movePastDue(
  req: PayloadRequest,
  move: {
    status: RequestStatus
    deadline: 'dueAt' | 'confirmationExpiresAt' | 'restoreAt'
    to: RequestStatus
    context: RequestContext
  },
): Promise<number> {
  const { docs } = await req.payload.find({
    collection: 'contact-requests',
    where: {
      and: [{ status: { equals: move.status } }, { [move.deadline]: { less_than_equal: new Date().toISOString() } }],
    },
    limit: 500,
    depth: 0,
    overrideAccess: true,
    select: { status: true },
  })
  for (const doc of docs)
    await req.payload.update({
      collection: 'contact-requests',
      id: doc.id,
      data: { status: move.to },
      overrideAccess: true,
      context: { ...move.context },
    })
  return docs.length
}
