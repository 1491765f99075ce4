import type { CollectionAfterOperationHook, CollectionBeforeOperationHook } from 'payload'

import { takeSubmissionSlot } from '../../../src/takedown/submissionSlots'

const SLOT = 'releaseSubmissionSlot'

/** A public submission (no signed-in user) waits for one of the server's submission slots. */
export const waitForSubmissionSlot: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' || req.user) return args
  req.context[SLOT] = await takeSubmissionSlot()
  return args
}

/** Frees the slot this request holds, if any (once saved, or refused: see releaseRefusedSubmission). */
export function releaseSubmissionSlot(context: Record<string, unknown> | undefined): void {
  const release = context?.[SLOT] as (() => void) | undefined
  if (release) release()
}

export const releaseSlotAfterCreate: CollectionAfterOperationHook = async ({ operation, req, result }) => {
  if (operation === 'create') releaseSubmissionSlot(req.context)
  return result
}
