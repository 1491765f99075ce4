import type { Payload } from 'payload'

/**
 * Whether this server runs the job queue's crons (`jobs.autoRun`). Several instances on one
 * database would each run every cron, so all but one set JOBS_AUTORUN=false; queued jobs are
 * then picked up by the one that runs them. Default on: one server does everything.
 */
export function jobsAutoRunEnabled(env: Record<string, string | undefined> = process.env): boolean {
  const value = env.JOBS_AUTORUN?.trim().toLowerCase()
  // Test workers run the queue themselves (payload.jobs.run()); a cron firing mid-test would race them.
  if (!value) return !env.VITEST
  return !(value === 'false' || value === '0' || value === 'no' || value === 'off')
}

export const shouldAutoRunJobs = (_payload: Payload): boolean => jobsAutoRunEnabled()
