import type { PayloadRequest, TaskConfig } from 'payload'

import { staffAddresses } from './sendTakedownMail'
import { siteUrl } from '../config/siteUrl'
import { type MessageRequest, renderMessage } from '../takedown/messages'
import { loadTakedownSettings } from '../takedown/policy'
import { TAKEDOWN_QUEUE } from '../takedown/queueRunner'

/** Requests waiting on staff whose deadline has passed, most overdue first. */
export async function findOverdue(req: PayloadRequest, now = new Date()) {
  const { docs } = await req.payload.find({
    collection: 'contact-requests',
    where: { and: [{ status: { in: ['received', 'in_review'] } }, { dueAt: { less_than: now.toISOString() } }] },
    sort: 'dueAt',
    limit: 200,
    depth: 0,
    overrideAccess: true,
  })
  return docs as unknown as MessageRequest[]
}

/** Every morning (01:00 UTC = 09:00 in Chongqing), staff get the list of overdue requests; none, no email. */
export const overdueDigest: TaskConfig<'overdueDigest'> = {
  slug: 'overdueDigest',
  label: 'Daily digest of overdue takedown requests',
  schedule: [{ cron: '0 1 * * *', queue: TAKEDOWN_QUEUE }],
  retries: { attempts: 6, backoff: { type: 'exponential', delay: 60_000 } },
  outputSchema: [{ name: 'overdue', type: 'number' }],
  handler: async ({ req }) => {
    const overdue = await findOverdue(req)
    const to = await staffAddresses(req)
    if (overdue.length && to.length) {
      const settings = await loadTakedownSettings(req)
      const { subject, text } = renderMessage(
        'overdueDigest',
        { request: overdue[0], overdue, settings, siteUrl: siteUrl() },
        'en',
      )
      await req.payload.sendEmail({ to, subject, text })
    }
    return { output: { overdue: overdue.length } }
  },
}
