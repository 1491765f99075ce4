import type { TaskConfig } from 'payload'

import { TAKEDOWN_QUEUE } from '../takedown/queueRunner'
import { AUTO_CLOSE_CONTEXT } from '../takedown/workflow'

/**
 * Closes requests nobody answered: those whose notifier did not answer a request for information
 * in time (their `dueAt` while in needs_info is that closing date), and removal notices never
 * confirmed before their link expired (closed as `void`, so retention and erasure reach them:
 * issue 15 §5). Each goes through the collection's hooks, so the move is audited and any content
 * hidden pending review comes back.
 */
export const closeUnanswered: TaskConfig<'closeUnanswered'> = {
  slug: 'closeUnanswered',
  label: 'Close unanswered requests and expired unconfirmed notices',
  schedule: [{ cron: '0 * * * *', queue: TAKEDOWN_QUEUE }],
  retries: 3,
  outputSchema: [
    { name: 'closed', type: 'number' },
    { name: 'voided', type: 'number' },
  ],
  handler: async ({ req }) => {
    const now = new Date().toISOString()
    /** Moves every request in `status` whose `deadline` has passed to `to`, through the hooks. */
    const close = async (
      status: 'needs_info' | 'unconfirmed',
      deadline: 'dueAt' | 'confirmationExpiresAt',
      to: 'withdrawn' | 'void',
    ) => {
      const { docs } = await req.payload.find({
        collection: 'contact-requests',
        where: { and: [{ status: { equals: status } }, { [deadline]: { less_than_equal: now } }] },
        limit: 500,
        depth: 0,
        overrideAccess: true,
        select: { status: true },
      })
      for (const doc of docs)
        await req.payload.update({
          collection: 'contact-requests',
          id: doc.id,
          data: { status: to },
          overrideAccess: true,
          context: { ...AUTO_CLOSE_CONTEXT },
        })
      return docs.length
    }
    const closed = await close('needs_info', 'dueAt', 'withdrawn')
    const voided = await close('unconfirmed', 'confirmationExpiresAt', 'void')
    return { output: { closed, voided } }
  },
}
