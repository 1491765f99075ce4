import type { FieldHook, GroupField } from 'payload'

import { takedownStateOf, visible } from '../takedown/contentEffect'
import { NOTICE_BASES, type TakedownCollection } from '../takedown/vocabulary'

/**
 * Whatever anyone sends, an item's takedown state is recomputed from the notices about it, so
 * an editor saving or publishing (even an older draft) cannot bring hidden content back.
 */
const keepWorkflowState: FieldHook = async ({ req, originalDoc, collection }) => {
  if (!originalDoc?.id || !collection) return visible()
  return takedownStateOf(req, { collection: collection.slug as TakedownCollection, contentId: String(originalDoc.id) })
}

/**
 * The edit view shows the live state: the stored copy on a draft version can lag behind a
 * decision. Lists read the stored copy, which the workflow keeps current on the live document.
 */
const showLiveState: FieldHook = async ({ req, value, originalDoc, collection, findMany }) => {
  if (findMany || !req.user || !originalDoc?.id || !collection) return value
  return takedownStateOf(req, { collection: collection.slug as TakedownCollection, contentId: String(originalDoc.id) })
}

/**
 * Added to every collection a removal notice can target (editions, organizations, pages, media).
 * Only the takedown workflow writes it; editors see it but cannot clear it.
 */
export const takedownField: GroupField = {
  name: 'takedown',
  type: 'group',
  label: 'Takedown',
  access: { create: () => false, update: () => false },
  hooks: { beforeChange: [keepWorkflowState], afterRead: [showLiveState] },
  admin: {
    position: 'sidebar',
    readOnly: true,
    description: 'Set by a removal notice. Hidden items answer 410 Gone and leave lists, search and the sitemap.',
  },
  fields: [
    { name: 'hidden', type: 'checkbox', defaultValue: false, index: true, label: 'Hidden by a removal notice' },
    { name: 'reference', type: 'text', label: 'Notice reference' },
    { name: 'basis', type: 'select', options: [...NOTICE_BASES] },
    { name: 'since', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
  ],
}
