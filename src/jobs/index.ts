import type { JobsConfig, Payload } from 'payload'
import { isNextBuild } from 'payload/shared'

import { hiddenUnlessAdmin, isAdmin } from '../access'
import { anonymiseClosedRequests } from './anonymiseClosedRequests'
import { closeUnanswered } from './closeUnanswered'
import { overdueDigest } from './overdueDigest'
import { restoreAfterCounterNotice } from './restoreAfterCounterNotice'
import { sendTakedownMail } from './sendTakedownMail'
import { insideNextServer } from '../config/env'
import { jobsAutoRunEnabled, shouldAutoRunJobs } from '../config/jobs'
import { startTakedownCron } from '../takedown/queueRunner'

/**
 * Background work: takedown emails (retried), closing unanswered requests, restoring content on
 * the date a counter-notice set, the daily digest,
 * anonymising closed requests past retention, and editors' scheduled publishing.
 * The server runs the queues every minute and enqueues the scheduled tasks; tests do the same
 * by calling runTakedownQueue() / payload.jobs.run() themselves.
 */
export const jobs: JobsConfig = {
  tasks: [sendTakedownMail, closeUnanswered, restoreAfterCounterNotice, overdueDigest, anonymiseClosedRequests],
  // Scheduled publish/unpublish (Payload's schedulePublish task) waits on the default queue; the
  // takedown queue has its own cron (startJobCrons), which never runs beside an email being sent.
  autoRun: [{ cron: '* * * * *', queue: 'default', limit: 20 }],
  // Crons run on the instance(s) that allow it (JOBS_AUTORUN, see docs/deployment.md).
  shouldAutoRun: shouldAutoRunJobs,
  access: {
    run: isAdmin,
    queue: isAdmin,
    cancel: isAdmin,
  },
  // The job records are bookkeeping, and some name a request: admins only, out of the way.
  jobsCollectionOverrides: ({ defaultJobsCollection }) => ({
    ...defaultJobsCollection,
    access: { ...defaultJobsCollection.access, read: isAdmin, update: isAdmin, delete: isAdmin, create: isAdmin },
    admin: {
      ...defaultJobsCollection.admin,
      hidden: hiddenUnlessAdmin,
      group: 'System',
    },
  }),
}

/**
 * Starts the takedown queue's cron in the server (not in builds or command-line scripts), on the
 * instance that runs crons. Called from onInit.
 */
export function startJobCrons(payload: Payload): void {
  if (insideNextServer() && !isNextBuild() && jobsAutoRunEnabled()) startTakedownCron(payload)
}
