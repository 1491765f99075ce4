import type { CollectionAfterErrorHook } from 'payload'

import { type AntiAbuseRecord, releaseAntiAbuse } from './refuseAbuse'

/**
 * A REST or admin submission that failed after refuseAbuse let it through (a field error, a
 * broken URL) was not saved: give back its challenge and its place in the rate limits.
 * The site's forms do the same in fileContactRequest, as the Local API has no error hook.
 */
export const releaseRefusedSubmission: CollectionAfterErrorHook = async ({ context }) => {
  await releaseAntiAbuse(context?.antiAbuse as AntiAbuseRecord | undefined)
}
