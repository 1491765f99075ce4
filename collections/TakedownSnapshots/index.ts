import type { CollectionConfig } from 'payload'

import { hiddenUnlessRequestHandler, isRequestHandler, nobody } from '../../src/access'
import { TAKEDOWN_COLLECTIONS } from '../../src/takedown/vocabulary'

/**
 * The content a removal notice names, copied as it stood the moment the notice first hid it:
 * what staff judge, and what a later dispute is about, even after editors change or delete the
 * item (its own versions are pruned at 50). Written by the server alone, never edited; deleted
 * with the request's personal data at retention, since the removed material may itself be
 * personal (a privacy notice).
 */
export const TakedownSnapshots: CollectionConfig = {
  slug: 'takedown-snapshots',
  labels: {
    singular: { en: 'Content snapshot', zh: '内容快照' },
    plural: { en: 'Content snapshots', zh: '内容快照' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['takenAt', 'title', 'url', 'reference'],
    hidden: hiddenUnlessRequestHandler,
    description: 'Content as it was when a removal notice hid it. Open one from its request.',
  },
  defaultSort: '-takenAt',
  access: { create: nobody, read: isRequestHandler, update: nobody, delete: nobody },
  fields: [
    {
      name: 'request',
      type: 'relationship',
      relationTo: 'contact-requests',
      index: true,
      label: { en: 'Request', zh: '请求' },
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'reference',
      type: 'text',
      label: { en: 'Reference', zh: '编号' },
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'takenAt',
      type: 'date',
      required: true,
      label: { en: 'Taken at', zh: '快照时间' },
      admin: { readOnly: true, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    },
    // "collection:id", as on the notice's address rows: the snapshot of one row is one query away.
    { name: 'key', type: 'text', index: true, admin: { hidden: true } },
    { name: 'url', type: 'text', label: { en: 'Address', zh: '网址' }, admin: { readOnly: true } },
    { name: 'title', type: 'text', label: { en: 'Title', zh: '标题' }, admin: { readOnly: true } },
    {
      name: 'view',
      type: 'ui',
      admin: { components: { Field: '@/admin/SnapshotView#SnapshotView' } },
    },
    {
      name: 'targetCollection',
      type: 'select',
      options: [...TAKEDOWN_COLLECTIONS],
      label: { en: 'Kind of content', zh: '内容类型' },
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'contentId',
      type: 'text',
      label: { en: 'Content ID', zh: '内容 ID' },
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'sha256',
      type: 'text',
      label: { en: 'SHA-256 of the copy (keys sorted)', zh: '副本的 SHA-256（键已排序）' },
      admin: { readOnly: true, position: 'sidebar' },
    },
    // Every field in every language, as stored; shown by the view above, not as raw JSON.
    { name: 'document', type: 'json', admin: { hidden: true } },
  ],
}
