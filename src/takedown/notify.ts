import type { Payload, PayloadRequest } from 'payload'

import type { MessageKind } from './messages/types'
import { runTakedownJob, TAKEDOWN_QUEUE } from './queueRunner'

/**
 * Puts a message on the jobs queue, in the same transaction as the change that causes it (so a
 * rolled-back change sends nothing), then asks for it to run as soon as that transaction is
 * committed. Should the mail server refuse, the queue's cron retries it; the request is saved either way.
 */
export async function queueMessage(
  req: PayloadRequest,
  message: MessageKind,
  requestId: number | string,
  /** The status the message is about, when a later move must not change what it says. */
  status?: string,
): Promise<void> {
  const job = await req.payload.jobs.queue({
    task: 'sendTakedownMail',
    input: { requestId: Number(requestId), message, ...(status ? { status } : {}) },
    queue: TAKEDOWN_QUEUE,
    req,
  })
  runSoon(req.payload, job.id)
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Runs one queued job once it is visible outside the transaction that queued it. The hooks
 * cannot wait for the commit, so this polls briefly; a job it misses is left to the cron.
 */
function runSoon(payload: Payload, id: number | string) {
  void (async () => {
    for (let attempt = 0; attempt < 60; attempt++) {
      await sleep(attempt < 10 ? 20 : 100)
      const job = await payload.db.findOne({ collection: 'payload-jobs', where: { id: { equals: id } } })
      if (!job) continue
      await runTakedownJob(payload, id)
      return
    }
  })().catch((err: unknown) => payload.logger.warn({ msg: `queued email job ${id} left for the cron`, err }))
}
