import type { Field, Validate } from 'payload'
import { select } from 'payload/shared'

import { nobody, staffWrites } from '../../src/access'
import { REQUEST_STATUSES, statusChoices } from '../../src/takedown/workflow'

// A request's status, as staff see and change it in the admin. The moves themselves are judged
// by hooks/enforceWorkflow.ts, whoever asks.

/** Payload's own check that a status is one of ours, without the menu's narrowing. */
const everyStatusValid: Validate = (value, args) =>
  select(value as string, { ...args, filterOptions: undefined } as never)

export const statusFields: Field[] = [
  {
    name: 'status',
    type: 'select',
    required: true,
    index: true,
    options: [...REQUEST_STATUSES],
    // Only where the request stands and the moves allowed from there (the server checks again).
    filterOptions: ({ data, options }) =>
      statusChoices(data?.kind, data?.statusAsSaved ?? data?.status, options as { label: string; value: string }[]),
    // The menu is narrowed, not the API: enforceWorkflow judges every move, naming the allowed ones,
    // and makes the server's own moves (confirmation, counter-notice, restoration).
    validate: everyStatusValid,
    access: { create: nobody, update: staffWrites.update },
    admin: {
      position: 'sidebar',
      description: 'Offers the moves allowed from the saved status; the server checks every move again.',
    },
  },
  {
    // The status as last saved, so the menu keeps offering the moves from there while staff
    // change their choice before saving. Never stored.
    name: 'statusAsSaved',
    type: 'text',
    virtual: true,
    admin: { hidden: true },
    hooks: { afterRead: [({ siblingData }) => siblingData?.status] },
  },
]
