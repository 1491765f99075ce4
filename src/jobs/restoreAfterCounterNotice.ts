import type { TaskConfig } from 'payload'

import { movePastDue } from './movePastDue'
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
    const restored = await movePastDue(req, {
      status: 'counter_noticed',
      deadline: 'restoreAt',
      to: 'reinstated',
      context: { systemTransition: RESTORATION_TRANSITION },
    })
    return { output: { restored } }
  },
}
