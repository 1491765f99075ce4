import type { TaskConfig } from 'payload'

import { movePastDue } from './movePastDue'
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
    const context = AUTO_CLOSE_CONTEXT
    const closed = await movePastDue(req, { status: 'needs_info', deadline: 'dueAt', to: 'withdrawn', context })
    const voided = await movePastDue(req, {
      status: 'unconfirmed',
      deadline: 'confirmationExpiresAt',
      to: 'void',
      context,
    })
    return { output: { closed, voided } }
  },
}
