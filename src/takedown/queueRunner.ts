import { Cron } from 'croner'
import type { Payload } from 'payload'

export const TAKEDOWN_QUEUE = 'takedown'

/*
 * Everything in this process that runs the takedown queue goes through here, one run at a time.
 * Payload claims a job with a read and then a write, so two runners started together (the
 * minute's cron and the run that follows a new request) could both take the same job: a second
 * copy of an email, or a job record deleted under the runner that is still working on it.
 */
let tail: Promise<unknown> = Promise.resolve()

function oneAtATime<T>(work: () => Promise<T>): Promise<T> {
  const run = tail.then(work, work)
  tail = run.catch(() => undefined)
  return run
}

/** What the cron does each minute: enqueue the scheduled tasks that are due, then run what waits. */
export function runTakedownQueue(payload: Payload, limit = 20) {
  return oneAtATime(async () => {
    await payload.jobs.handleSchedules({ queue: TAKEDOWN_QUEUE })
    return payload.jobs.run({ queue: TAKEDOWN_QUEUE, limit })
  })
}

/** Runs one queued job now, unless a runner has already taken or finished it. */
export function runTakedownJob(payload: Payload, id: number | string) {
  return oneAtATime(() =>
    payload.jobs.run({ queue: TAKEDOWN_QUEUE, where: { id: { equals: id } }, limit: 1, silent: true }),
  )
}

/**
 * Starts the minute's cron for the takedown queue (Payload's own autoRun would run the queue
 * beside runTakedownJob rather than after it). Payload stops it with its other crons on destroy.
 */
export function startTakedownCron(payload: Payload): void {
  const cron = new Cron(
    '* * * * *',
    {
      protect: true,
      catch: (err: unknown) =>
        payload.logger.error({ err, msg: 'Takedown queue run failed; the next minute tries again' }),
    },
    async () => {
      await runTakedownQueue(payload)
    },
  )
  payload.crons.push(cron)
}
