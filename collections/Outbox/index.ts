import type { CollectionConfig } from 'payload'

import { hiddenUnlessAdmin, isAdmin, nobody } from '../../src/access'

/**
 * Every email the site sends, kept whole when no mail server is configured (SMTP_HOST unset:
 * src/config/email.ts). Without it a default install could never confirm a removal notice, since
 * Payload alone logs only the recipient and subject. Admins open a message here, links included;
 * the retention job deletes messages as old as the takedown records' retention (they hold
 * personal data).
 */
export const Outbox: CollectionConfig = {
  slug: 'outbox',
  labels: { singular: 'Outgoing email', plural: 'Outbox (emails, no mail server set)' },
  admin: {
    useAsTitle: 'subject',
    defaultColumns: ['createdAt', 'to', 'subject'],
    group: 'System',
    hidden: hiddenUnlessAdmin,
    description:
      'No mail server is configured (SMTP_HOST), so emails are kept here instead of being sent. Open one to read it and follow its links.',
  },
  defaultSort: '-createdAt',
  access: { create: nobody, read: isAdmin, update: nobody, delete: isAdmin },
  fields: [
    { name: 'to', type: 'text', required: true, admin: { readOnly: true } },
    { name: 'from', type: 'text', admin: { readOnly: true } },
    { name: 'subject', type: 'text', admin: { readOnly: true } },
    { name: 'text', type: 'textarea', admin: { readOnly: true, rows: 20 } },
  ],
}
