import type { Field } from 'payload'

import { keepJobWrittenValue } from './hooks/keepJobWrittenValue'
import { statusFields } from './statusFields'
import { isRequestHandler, nobody, serverOnly, serverWrittenStaffReads, staffWrites } from '../../src/access'
import { MESSAGE_LANGUAGES } from '../../src/takedown/messages/languages'
import { DECISION_GROUNDS } from '../../src/takedown/reasons'
import { OPEN_STATUSES, REQUEST_STATUSES, type RequestStatus } from '../../src/takedown/workflow'

// What staff and the server add to a request. The public can set none of it (create access is
// closed), and the hooks in ./hooks decide what an update may change.

/** Deadlines are shown only while the request is open: a closed one owes nothing. */
const whileOpen = (data: Record<string, unknown> | undefined) => OPEN_STATUSES.includes(data?.status as RequestStatus)

const forRemoval = (data: Record<string, unknown> | undefined) => data?.kind === 'removal'

export const workflowFields: Field[] = [
  ...statusFields,
  { name: 'reference', type: 'text', index: true, access: serverOnly, admin: { position: 'sidebar', readOnly: true } },
  {
    name: 'assignee',
    type: 'relationship',
    relationTo: 'users',
    access: staffWrites,
    filterOptions: { roles: { in: ['staff', 'admin'] } },
    admin: { position: 'sidebar' },
  },
  {
    name: 'dueAt',
    type: 'date',
    index: true,
    access: serverOnly,
    admin: {
      position: 'sidebar',
      readOnly: true,
      condition: whileOpen,
      description: 'Decision due (from the takedown settings).',
      date: { pickerAppearance: 'dayAndTime' },
      // Through the tsconfig alias, so the import map holds the same line wherever it is generated.
      components: { Cell: '@collections/ContactRequests/components/DueDateCell#DueDateCell' },
    },
  },
  {
    name: 'decisionDueAt',
    type: 'date',
    access: serverOnly,
    admin: {
      position: 'sidebar',
      readOnly: true,
      condition: whileOpen,
      description: 'Decision deadline, fixed at receipt in business days (takedown settings).',
      date: { pickerAppearance: 'dayAndTime' },
    },
  },
  {
    name: 'infoRequest',
    type: 'textarea',
    maxLength: 4000,
    access: staffWrites,
    admin: {
      description:
        'What is missing. Required to move the request to "Needs information"; the notifier receives it by email.',
    },
  },
  {
    name: 'infoRequestedAt',
    type: 'date',
    access: serverOnly,
    admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
  },
  // For the transparency report: when the receipt email went out, and when the content was first hidden.
  {
    name: 'acknowledgedAt',
    type: 'date',
    access: serverOnly,
    hooks: { beforeChange: [keepJobWrittenValue] },
    admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
  },
  {
    name: 'hiddenAt',
    type: 'date',
    access: serverOnly,
    admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
  },
  // Set when this notice would have hidden its content on confirmation but its sender (or their
  // mail domain) reached the ceiling on automatic hides (src/takedown/policy.ts): staff review first.
  {
    name: 'autoHideWithheld',
    type: 'text',
    access: serverOnly,
    admin: {
      position: 'sidebar',
      readOnly: true,
      description: 'The content stays online until you decide: this sender reached the limit on automatic hides.',
    },
  },
  // Retention (src/takedown/retention.ts): when the notifier's data was erased, and whether they asked.
  {
    name: 'anonymisedAt',
    type: 'date',
    index: true,
    access: serverOnly,
    admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
  },
  {
    name: 'erasureRequestedAt',
    type: 'date',
    access: serverOnly,
    admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
  },
  {
    name: 'closedAt',
    type: 'date',
    index: true,
    access: serverOnly,
    admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
  },
  // 0 while open, 1 once closed: the list sorts on it so open requests come first.
  { name: 'openRank', type: 'number', index: true, access: serverOnly, admin: { hidden: true } },
  {
    name: 'confirmedAt',
    type: 'date',
    index: true,
    access: serverOnly,
    admin: { position: 'sidebar', readOnly: true, condition: forRemoval, date: { pickerAppearance: 'dayAndTime' } },
  },
  // Only a hash of the emailed token is stored; reading it back would not let anyone confirm.
  {
    name: 'confirmationTokenHash',
    type: 'text',
    index: true,
    access: { ...serverOnly, read: nobody },
    hooks: { beforeChange: [keepJobWrittenValue] },
    admin: { hidden: true },
  },
  {
    name: 'confirmationExpiresAt',
    type: 'date',
    access: serverOnly,
    hooks: { beforeChange: [keepJobWrittenValue] },
    admin: { hidden: true },
  },
  {
    name: 'senderFingerprint',
    type: 'text',
    access: serverWrittenStaffReads,
    admin: {
      readOnly: true,
      description: "Keyed hash of the sender's IP address, to spot repeat abuse without storing the address.",
    },
  },
  {
    name: 'reasons',
    type: 'group',
    access: staffWrites,
    admin: {
      condition: forRemoval,
      description:
        'Required for a decision (removed, edited, declined, reinstated, abusive). The measure follows from the status; a person (you) is recorded as the decision maker.',
    },
    fields: [
      {
        name: 'scope',
        type: 'textarea',
        maxLength: 2000,
        admin: { description: 'Which content and which parts of it the decision covers.' },
      },
      {
        name: 'facts',
        type: 'textarea',
        maxLength: 10_000,
        admin: { description: 'The facts and circumstances relied on.' },
      },
      { name: 'ground', type: 'select', options: [...DECISION_GROUNDS] },
      {
        name: 'groundDetail',
        type: 'textarea',
        maxLength: 2000,
        admin: { description: 'The law or the term of publication relied on.' },
      },
      {
        name: 'redress',
        type: 'textarea',
        maxLength: 2000,
        admin: { description: 'How to contest; filled from the takedown settings when left empty.' },
      },
      // DSA 17(3)(c): set when the server took the measure itself (restoration on its date).
      {
        name: 'automated',
        type: 'checkbox',
        access: serverOnly,
        admin: { readOnly: true },
      },
    ],
  },
  {
    // The other side of a notice: whoever the removed material came from. When staff know how to
    // reach them, a removal or edit decision invites them to answer with a counter-notice.
    name: 'affectedParty',
    type: 'group',
    access: staffWrites,
    admin: {
      condition: forRemoval,
      description:
        'Who published or wrote the material. With an email here, a "removed" or "edited" decision sends them an invitation to file a counter-notice.',
    },
    fields: [
      { name: 'name', type: 'text', maxLength: 200 },
      { name: 'email', type: 'email' },
      {
        name: 'language',
        type: 'select',
        defaultValue: 'en',
        options: [...MESSAGE_LANGUAGES],
      },
    ],
  },
  {
    // Files sent with the notice (see collections/TakedownEvidence); listed here for staff.
    name: 'evidence',
    type: 'join',
    collection: 'takedown-evidence',
    on: 'notice',
    admin: { condition: forRemoval, description: 'Files the notifier sent with the notice.' },
  },
  {
    name: 'counterNotices',
    type: 'join',
    collection: 'counter-notices',
    on: 'notice',
    admin: {
      condition: forRemoval,
      description: 'Counter-notices from the person whose material was taken down. To reinstate, move to "Reinstated".',
    },
  },
  {
    name: 'decidedBy',
    type: 'relationship',
    relationTo: 'users',
    access: serverOnly,
    admin: { position: 'sidebar', readOnly: true },
  },
  {
    name: 'decidedAt',
    type: 'date',
    access: serverOnly,
    admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
  },
  // The first decision and when it was taken, kept when later ones replace decidedAt: the
  // transparency report counts first actions (five removals later reinstated are five removals).
  {
    name: 'firstAction',
    type: 'select',
    options: REQUEST_STATUSES.filter((o) =>
      ['removed', 'edited', 'declined', 'reinstated', 'abusive'].includes(o.value),
    ),
    access: serverOnly,
    admin: { position: 'sidebar', readOnly: true },
  },
  {
    name: 'firstActionAt',
    type: 'date',
    access: serverOnly,
    admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
  },
  // Set when the server closed the request on its own (no answer to a request for information):
  // an automated measure, reported as such.
  {
    name: 'autoClosedAt',
    type: 'date',
    access: serverOnly,
    admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
  },
  {
    name: 'staffNotes',
    type: 'textarea',
    maxLength: 10_000,
    access: { ...staffWrites, read: isRequestHandler },
  },
]
