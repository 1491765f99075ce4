import type { Payload } from 'payload'

import { readEnv } from './env'

/**
 * Whether this server runs the job queue's crons (`jobs.autoRun`). Several instances on one
 * database would each run every cron, so all but one set JOBS_AUTORUN=false; queued jobs are
 * then picked up by the one that runs them. Default on: one server does everything.
 */
export function jobsAutoRunEnabled(source?: Record<string, string | undefined>): boolean {
  const { JOBS_AUTORUN, VITEST } = readEnv(source)
  // Test workers run the queue themselves (payload.jobs.run()); a cron firing mid-test would race them.
  return JOBS_AUTORUN ?? !VITEST
}

export const shouldAutoRunJobs = (_payload: Payload): boolean => jobsAutoRunEnabled()
