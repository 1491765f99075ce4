import type { CollectionConfig } from 'payload'
import { APIError } from 'payload'

import { hiddenUnlessRequestHandler, isRequestHandler, nobody } from '../../src/access'
import { REQUEST_STATUSES } from '../../src/takedown/workflow'

const refuse = () => {
  throw new APIError('Audit entries are permanent: they cannot be changed or deleted by anyone.', 403)
}

/**
 * The takedown workflow's trail: one entry per change of a contact request, appended by the
 * request's hooks (the only writer, with overrideAccess). Nobody, admins included, may create,
 * edit or delete entries through any API; the hooks below refuse even server-side edits, and
 * each entry carries the hash of the one before it, so a removed or altered row shows.
 */
export const TakedownAudit: CollectionConfig = {
  slug: 'takedown-audit',
  labels: { singular: 'Takedown audit entry', plural: 'Takedown audit trail' },
  admin: {
    useAsTitle: 'summary',
    defaultColumns: ['at', 'reference', 'fromStatus', 'toStatus', 'actorLabel'],
    hidden: hiddenUnlessRequestHandler,
  },
  defaultSort: '-at',
  access: { create: nobody, read: isRequestHandler, update: nobody, delete: nobody },
  hooks: {
    beforeChange: [({ operation }) => (operation === 'update' ? refuse() : undefined)],
    beforeDelete: [refuse],
  },
  fields: [
    // Not required: if an admin deletes a request (e.g. personal data past retention), its entries stay, named by reference.
    { name: 'request', type: 'relationship', relationTo: 'contact-requests', index: true },
    { name: 'reference', type: 'text', index: true },
    { name: 'summary', type: 'text' },
    { name: 'at', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'actor', type: 'relationship', relationTo: 'users' },
    {
      name: 'actorLabel',
      type: 'text',
      required: true,
      admin: { description: 'Who made the change: a staff account, the notifier, or the server.' },
    },
    { name: 'fromStatus', type: 'select', options: [...REQUEST_STATUSES] },
    { name: 'toStatus', type: 'select', required: true, options: [...REQUEST_STATUSES] },
    { name: 'changedFields', type: 'text', hasMany: true },
    {
      name: 'reasons',
      type: 'json',
      admin: {
        description:
          'The statement of reasons given with a decision. Its free text is cleared with the request’s personal data at retention; the ground stays.',
      },
    },
    {
      // The chain commits to this digest, not to the text, so clearing the text keeps it checkable.
      name: 'reasonsDigest',
      type: 'text',
      admin: { description: 'SHA-256 of the statement of reasons as given.' },
    },
    {
      name: 'contentHash',
      type: 'text',
      admin: { description: 'SHA-256 of the targeted content as it was at this moment.' },
    },
    { name: 'previousHash', type: 'text' },
    {
      name: 'entryHash',
      type: 'text',
      required: true,
      admin: { description: 'SHA-256 over this entry and the previous entry hash.' },
    },
  ],
}
