import type { Field } from 'payload'

// A request's history as staff read it on the request itself: every change (the audit trail)
// and every email sent about it, oldest first, as a case file reads.

export const historyFields: Field[] = [
  {
    name: 'auditTrail',
    type: 'join',
    collection: 'takedown-audit',
    on: 'request',
    defaultSort: 'at',
    defaultLimit: 100,
    maxDepth: 0,
    admin: {
      allowCreate: false,
      disableRowTypes: true,
      defaultColumns: ['at', 'fromStatus', 'toStatus', 'actorLabel', 'changedFields'],
      description: 'Every change of this request, who made it, and when. Entries are permanent and chained by hash.',
    },
  },
  {
    name: 'emailsSent',
    type: 'join',
    collection: 'takedown-mail',
    on: 'request',
    defaultSort: 'sentAt',
    defaultLimit: 100,
    maxDepth: 0,
    admin: {
      allowCreate: false,
      disableRowTypes: true,
      defaultColumns: ['sentAt', 'audience', 'language', 'subject'],
      description: 'Every email sent about this request: when, to whom, in which language, and its subject.',
    },
  },
]
