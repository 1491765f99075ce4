import type { CollectionConfig } from 'payload'
import { APIError } from 'payload'

import { hiddenUnlessRequestHandler, isRequestHandler, nobody } from '../../src/access'
import { bilingualStatuses } from '../../src/takedown/workflow'

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
  labels: {
    singular: { en: 'Takedown audit entry', zh: '删除流程操作记录' },
    plural: { en: 'Takedown audit trail', zh: '删除流程操作记录' },
  },
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
    {
      name: 'request',
      type: 'relationship',
      relationTo: 'contact-requests',
      index: true,
      label: { en: 'Request', zh: '请求' },
    },
    { name: 'reference', type: 'text', index: true, label: { en: 'Reference', zh: '编号' } },
    { name: 'summary', type: 'text', label: { en: 'Summary', zh: '摘要' } },
    {
      name: 'at',
      type: 'date',
      required: true,
      label: { en: 'When', zh: '时间' },
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    { name: 'actor', type: 'relationship', relationTo: 'users', label: { en: 'Account', zh: '账户' } },
    {
      name: 'actorLabel',
      type: 'text',
      required: true,
      label: { en: 'By', zh: '操作人' },
      admin: { description: 'Who made the change: a staff account, the notifier, or the server.' },
    },
    { name: 'fromStatus', type: 'select', label: { en: 'From', zh: '原状态' }, options: bilingualStatuses() },
    {
      name: 'toStatus',
      type: 'select',
      required: true,
      label: { en: 'To', zh: '新状态' },
      options: bilingualStatuses(),
    },
    { name: 'changedFields', type: 'text', hasMany: true, label: { en: 'What changed', zh: '变更的字段' } },
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
