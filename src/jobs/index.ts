import type { JobsConfig } from 'payload'

import { isAdmin } from '../access'
import { shouldAutoRunJobs } from '../config/jobs'
import { TAKEDOWN_QUEUE } from '../takedown/notify'
import { anonymiseClosedRequests } from './anonymiseClosedRequests'
import { closeUnanswered } from './closeUnanswered'
import { overdueDigest } from './overdueDigest'
import { sendTakedownMail } from './sendTakedownMail'

/**
 * Background work: takedown emails (retried), closing unanswered requests, the daily digest,
 * anonymising closed requests past retention, and editors' scheduled publishing.
 * The server runs the queue every minute and enqueues the scheduled tasks; tests call
 * payload.jobs.run() / handleSchedules() themselves.
 */
export const jobs: JobsConfig = {
  tasks: [sendTakedownMail, closeUnanswered, overdueDigest, anonymiseClosedRequests],
  autoRun: [
    { cron: '* * * * *', queue: TAKEDOWN_QUEUE, limit: 20 },
    // Scheduled publish/unpublish (Payload's schedulePublish task) waits on the default queue.
    { cron: '* * * * *', queue: 'default', limit: 20 },
  ],
  // Crons run on the instance(s) that allow it (JOBS_AUTORUN, see docs/deployment.md).
  shouldAutoRun: shouldAutoRunJobs,
  access: { run: ({ req }) => Boolean(isAdmin({ req } as never)), queue: ({ req }) => Boolean(isAdmin({ req } as never)), cancel: ({ req }) => Boolean(isAdmin({ req } as never)) },
  // The job records are bookkeeping, and some name a request: admins only, out of the way.
  jobsCollectionOverrides: ({ defaultJobsCollection }) => ({
    ...defaultJobsCollection,
    access: { ...defaultJobsCollection.access, read: isAdmin, update: isAdmin, delete: isAdmin, create: isAdmin },
    admin: { ...defaultJobsCollection.admin, hidden: ({ user }) => !(user?.roles as string[] | undefined)?.includes('admin'), group: 'System' },
  }),
}
