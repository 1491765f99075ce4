import type { CollectionAfterErrorHook } from 'payload'

import { type AntiAbuseRecord, releaseAntiAbuse } from './refuseAbuse'
import { releaseSubmissionSlot } from './submissionSlot'

/**
 * A submission that failed after the hooks let it in (a field error, a broken URL) was not saved:
 * give back what it took — its turn among the submissions in progress, its challenge and its
 * place in the rate limits. REST and the admin reach this through the error hook below; the
 * site's forms call it from fileAsPublic, as the Local API has no error hook.
 */
export async function releaseRefusedSubmissionContext(context: Record<string, unknown> | undefined): Promise<void> {
  releaseSubmissionSlot(context)
  await releaseAntiAbuse(context?.antiAbuse as AntiAbuseRecord | undefined)
}

export const releaseRefusedSubmission: CollectionAfterErrorHook = async ({ context }) => {
  await releaseRefusedSubmissionContext(context)
}
