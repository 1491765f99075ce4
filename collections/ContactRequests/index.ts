import type { CollectionConfig } from 'payload'

import { asCaseFile } from './caseFile'
import { challengeEndpoint } from './endpoints/challenge'
import { confirmEndpoint } from './endpoints/confirm'
import { eraseEndpoint } from './endpoints/erase'
import { hiddenContentEndpoint } from './endpoints/hiddenContent'
import { historyFields } from './historyFields'
import { deleteSnapshots } from './hooks/deleteSnapshots'
import { enforceWorkflow } from './hooks/enforceWorkflow'
import { historyOnDocumentsOnly } from './hooks/historyOnDocumentsOnly'
import { recordChange } from './hooks/recordChange'
import { resolveNoticeUrls } from './hooks/resolveNoticeUrls'
import { labelled } from './labels'
import { noticeFields } from './noticeFields'
import { restorationFields } from './restorationFields'
import { workflowFields } from './workflowFields'
import { anyone, hiddenUnlessRequestHandler, isAdmin, isRequestHandler } from '../../src/access'
import {
  releaseAfterRefusal,
  refuseAbuse,
  releaseSlotAfterCreate,
  waitForSubmissionSlot,
} from '../../src/hooks/antiAbuse'
import { refuseUnstorableText } from '../../src/hooks/refuseUnstorableText'

export const CONTACT_REQUEST_KINDS = [
  { value: 'enquiry', label: 'General enquiry' },
  { value: 'removal', label: 'Removal notice' },
] as const

/**
 * Messages from the public: general enquiries and removal notices (the takedown workflow).
 * They hold personal data, so only staff and admins can read them; editors cannot even see
 * the collection. Every write goes through the same hooks, whichever door it comes in by:
 * refuseAbuse → refuseUnstorableText → resolveNoticeUrls → enforceWorkflow → recordChange (audit +
 * content effect); releaseAfterRefusal gives a refused submission's challenge, rate-limit
 * place and submission slot back.
 */
export const ContactRequests: CollectionConfig = {
  slug: 'contact-requests',
  labels: {
    singular: { en: 'Contact request', zh: '联系与删除请求' },
    plural: { en: 'Contact requests', zh: '联系与删除请求' },
  },
  admin: {
    useAsTitle: 'reference',
    defaultColumns: ['reference', 'kind', 'status', 'basis', 'dueAt', 'assignee', 'name', 'createdAt'],
    listSearchableFields: ['reference', 'name', 'email', 'subject'],
    hidden: hiddenUnlessRequestHandler,
    description: {
      en: 'Open requests first, soonest due first. Filter by status, basis or assignee with the filters above.',
      zh: '未结请求在前，期限最近的在前。可用上方的筛选按状态、理由或处理人筛选。',
    },
  },
  // Open before closed, then by due date, then first come first served: what needs doing next
  // is at the top. All ascending, so the index below gives the order as it is read.
  defaultSort: ['openRank', 'dueAt', 'createdAt'],
  // The admin list's default order, read from one index: with 100,000 requests, openRank alone
  // left the database sorting every open request by due date on each page. Email and reference
  // ride along so that the list's search ("contains", which no index can seek) is checked on the
  // index entries while they are read in that order, not on 100,000 table rows fetched one by one
  // (measured in docs/performance.md).
  indexes: [{ fields: ['openRank', 'dueAt', 'createdAt', 'email', 'reference'] }],
  access: {
    create: anyone,
    read: isRequestHandler,
    update: isRequestHandler,
    delete: isAdmin,
  },
  hooks: {
    beforeOperation: [waitForSubmissionSlot, historyOnDocumentsOnly],
    beforeValidate: [refuseAbuse, refuseUnstorableText, resolveNoticeUrls],
    beforeChange: [enforceWorkflow],
    afterChange: [recordChange],
    beforeDelete: [deleteSnapshots],
    afterOperation: [releaseSlotAfterCreate],
    afterError: [releaseAfterRefusal],
  },
  endpoints: [challengeEndpoint, confirmEndpoint, eraseEndpoint, hiddenContentEndpoint],
  // The notice first, then the decision, then the history (caseFile.ts); the sidebar holds the
  // state and the dates.
  fields: asCaseFile(
    labelled([
      {
        name: 'kind',
        type: 'select',
        required: true,
        defaultValue: 'enquiry',
        options: [...CONTACT_REQUEST_KINDS],
        access: { update: () => false },
        admin: { position: 'sidebar' },
      },
      ...workflowFields,
      ...restorationFields,
      ...noticeFields,
      ...historyFields,
    ]),
  ),
}
