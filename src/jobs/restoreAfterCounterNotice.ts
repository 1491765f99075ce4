import type { TaskConfig } from 'payload'

import { TAKEDOWN_QUEUE } from '../takedown/queueRunner'
import { RESTORATION_TRANSITION } from '../takedown/workflow'

/**
 * Restores content on the date a counter-notice set (src/takedown/restoration.ts): every notice
 * still `counter_noticed` whose `restoreAt` has passed moves to `reinstated` through the
 * collection's hooks, so the move is audited with an automated statement of reasons, the content
 * comes back (and the caches are purged), and both sides are emailed. Staff recording a court
 * action or complaint first moves the notice out of `counter_noticed`, which stops this.
 */
export const restoreAfterCounterNotice: TaskConfig<'restoreAfterCounterNotice'> = {
  slug: 'restoreAfterCounterNotice',
  label: 'Restore content on the date a counter-notice set',
  schedule: [{ cron: '*/10 * * * *', queue: TAKEDOWN_QUEUE }],
  retries: 3,
  outputSchema: [{ name: 'restored', type: 'number' }],
  handler: async ({ req }) => {
    const { docs } = await req.payload.find({
      collection: 'contact-requests',
      where: {
        and: [{ status: { equals: 'counter_noticed' } }, { restoreAt: { less_than_equal: new Date().toISOString() } }],
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
        data: { status: 'reinstated' },
        overrideAccess: true,
        context: { systemTransition: RESTORATION_TRANSITION },
      })
    return { output: { restored: docs.length } }
  },
}
