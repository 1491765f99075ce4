import type {
  CollectionAfterErrorHook,
  CollectionAfterOperationHook,
  CollectionBeforeOperationHook,
  CollectionBeforeValidateHook,
} from 'payload'

import { admitSubmission, releaseRefusedSubmission, releaseSlot, waitForSlot } from '../takedown/antiAbuse'

// Payload hook adapters for the anti-abuse rules in src/takedown/antiAbuse.ts; no rule lives here.

/** Refuses a public create that fails the honeypot, challenge or rate limits, before anything is validated. */
export const refuseAbuse: CollectionBeforeValidateHook = async ({ data, req, operation, collection }) => {
  if (operation !== 'create' || !data) return data
  return admitSubmission(data, req, collection.slug)
}

export const waitForSubmissionSlot: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' || req.user) return args
  await waitForSlot(req.context)
  return args
}

export const releaseSlotAfterCreate: CollectionAfterOperationHook = async ({ operation, req, result }) => {
  if (operation === 'create') releaseSlot(req.context)
  return result
}

/** A refused submission gives its slot, challenge and rate-limit places back. */
export const releaseAfterRefusal: CollectionAfterErrorHook = async ({ context }) => {
  await releaseRefusedSubmission(context)
}
