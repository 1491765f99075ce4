import type { CollectionAfterErrorHook, CollectionAfterOperationHook, CollectionBeforeOperationHook } from 'payload'

import { takeSubmissionSlot } from '../../../src/takedown/submissionSlots'

const SLOT = 'releaseSubmissionSlot'

/** A public submission (no signed-in user) waits for one of the server's submission slots. */
export const waitForSubmissionSlot: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' || req.user) return args
  const release = await takeSubmissionSlot()
  req.context[SLOT] = release
  return args
}

function release(context: Record<string, unknown> | undefined) {
  const done = context?.[SLOT] as (() => void) | undefined
  if (done) done()
}

export const releaseSlotAfterCreate: CollectionAfterOperationHook = async ({ operation, req, result }) => {
  if (operation === 'create') release(req.context)
  return result
}

export const releaseSlotAfterError: CollectionAfterErrorHook = async ({ context }) => release(context)

/** For the Local API, which has no error hook (the site's forms). */
export const releaseSubmissionSlot = (context: Record<string, unknown>) => release(context)
