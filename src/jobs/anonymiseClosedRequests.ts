import type { TaskConfig } from 'payload'

import { TAKEDOWN_QUEUE } from '../takedown/queueRunner'
import { anonymiseRequest, deleteOldOutboxMessages, requestsDueForAnonymisation } from '../takedown/retention'

/**
 * Daily: anonymises the notifier's data of requests closed longer than the retention period, and
 * deletes Outbox messages as old (they are copies of emails, personal data included).
 */
export const anonymiseClosedRequests: TaskConfig<'anonymiseClosedRequests'> = {
  slug: 'anonymiseClosedRequests',
  label: 'Anonymise closed takedown requests past retention',
  schedule: [{ cron: '30 2 * * *', queue: TAKEDOWN_QUEUE }],
  retries: 3,
  outputSchema: [
    { name: 'anonymised', type: 'number' },
    { name: 'outboxDeleted', type: 'number' },
  ],
  handler: async ({ req }) => {
    const due = await requestsDueForAnonymisation(req)
    for (const { id, requested } of due)
      await anonymiseRequest(req, id, requested ? 'erasure asked for by the notifier' : 'retention period over')
    const outboxDeleted = await deleteOldOutboxMessages(req)
    return { output: { anonymised: due.length, outboxDeleted } }
  },
}
