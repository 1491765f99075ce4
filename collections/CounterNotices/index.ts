import {
  type CollectionAfterChangeHook,
  type CollectionBeforeValidateHook,
  type CollectionConfig,
  type Validate,
} from 'payload'
import { textarea } from 'payload/shared'

import {
  anyone,
  asFiled,
  hiddenUnlessRequestHandler,
  isAdmin,
  isRequestHandler,
  serverOnly,
  serverWrittenStaffReads,
} from '../../src/access'
import { filledIn, mustBeTrue, signatureOfName } from '../../src/fields/filingValidators'
import { refuseAbuse, releaseAfterRefusal } from '../../src/hooks/antiAbuse'
import { refuseUnstorableText } from '../../src/hooks/refuseUnstorableText'
import { appendAudit } from '../../src/takedown/audit'
import { MESSAGE_LANGUAGES } from '../../src/takedown/messages/languages'
import { queueMessage } from '../../src/takedown/notify'
import { requestByReference } from '../../src/takedown/reference'
import { startRestorationClock } from '../../src/takedown/restoration'

/** Content can be contested once a notice has taken it down (or changed it). */
export const CONTESTABLE_STATUSES = ['removed', 'edited'] as const
/**
 * ...or while it is hidden pending review (hidden on confirmation): the publisher need not wait
 * for the decision to say the notice is wrong (issue 15 §1; the 410 page links here).
 */
const PENDING_STATUSES = ['received', 'needs_info', 'in_review']
const contestable = (notice: { kind?: string | null; status?: string | null; hiddenAt?: string | null }) =>
  notice.kind === 'removal' &&
  ((CONTESTABLE_STATUSES as readonly string[]).includes(notice.status ?? '') ||
    (PENDING_STATUSES.includes(notice.status ?? '') && Boolean(notice.hiddenAt)))

/** Links the counter-notice to the notice named by its reference, or refuses it by name. */
const linkToNotice: CollectionBeforeValidateHook = async ({ data, req, operation }) => {
  if (operation !== 'create' || !data) return data
  const reference = String(data.reference ?? '')
    .trim()
    .toUpperCase()
  const notice = reference ? await requestByReference(req, reference) : undefined
  data.reference = reference
  data.notice = notice && contestable(notice) ? notice.id : null
  return data
}

const noticeFound: Validate = (value) =>
  value
    ? true
    : 'We have no removed, changed or hidden content under this reference. Check the reference in the email or on the page.'
const statement: Validate = (value, options) => {
  const base = textarea(value as string, options as never)
  if (base !== true) return base
  return String(value ?? '').trim().length >= 30
    ? true
    : 'Explain in at least 30 characters why the removal was a mistake.'
}

/** After filing: an audit line on the notice, and staff told. */
const recordCounterNotice: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'create') return doc
  const noticeId = typeof doc.notice === 'object' ? doc.notice.id : doc.notice
  const notice = await req.payload.findByID({
    collection: 'contact-requests',
    id: noticeId,
    depth: 0,
    overrideAccess: true,
    req,
  })
  await appendAudit(req, {
    requestId: noticeId,
    reference: notice.reference ?? null,
    from: notice.status,
    to: notice.status,
    changedFields: ['counter-notice received'],
    reasons: null,
    contentHash: null,
    actorLabel: 'affected party (counter-notice)',
  })
  // Against hidden content, the restoration clock starts now and both sides are told the date.
  await startRestorationClock(req, notice)
  await queueMessage(req, 'counterNotice', noticeId)
  return doc
}

/**
 * Counter-notices: the person whose material a notice took down says it was a mistake. Filed
 * from /counter-notice?ref=… with the same anti-abuse checks as the other forms. Against hidden
 * content one starts the restoration clock (src/takedown/restoration.ts); staff see them on the
 * notice and may reinstate at once.
 */
export const CounterNotices: CollectionConfig = {
  slug: 'counter-notices',
  labels: {
    singular: { en: 'Counter-notice', zh: '反通知' },
    plural: { en: 'Counter-notices', zh: '反通知' },
  },
  admin: {
    useAsTitle: 'reference',
    defaultColumns: ['reference', 'name', 'createdAt'],
    hidden: hiddenUnlessRequestHandler,
  },
  access: { create: anyone, read: isRequestHandler, update: () => false, delete: isAdmin },
  hooks: {
    beforeValidate: [refuseAbuse, refuseUnstorableText, linkToNotice],
    afterChange: [recordCounterNotice],
    // A refused counter-notice gives its challenge and rate-limit place back, as a contact request does.
    afterError: [releaseAfterRefusal],
  },
  fields: [
    {
      name: 'reference',
      type: 'text',
      required: true,
      maxLength: 40,
      access: asFiled,
      admin: { description: 'The reference of the removal notice contested.' },
    },
    {
      name: 'notice',
      type: 'relationship',
      relationTo: 'contact-requests',
      index: true,
      validate: noticeFound,
      access: serverOnly,
      admin: { readOnly: true },
    },
    { name: 'name', type: 'text', required: true, maxLength: 200, access: asFiled },
    { name: 'email', type: 'email', required: true, access: asFiled },
    // DMCA 512(g)(3)(D) and 条例 16(一): name, address and telephone, passed on to the notifier.
    { name: 'address', type: 'textarea', maxLength: 500, validate: filledIn('textarea'), access: asFiled },
    { name: 'phone', type: 'text', maxLength: 40, validate: filledIn('text'), access: asFiled },
    {
      name: 'contact',
      type: 'textarea',
      maxLength: 500,
      access: asFiled,
      admin: {
        description: 'Filed before address and phone were asked for separately.',
        condition: (data) => Boolean(data?.contact),
      },
    },
    {
      name: 'material',
      type: 'textarea',
      required: true,
      maxLength: 2000,
      access: asFiled,
      admin: { description: 'The material removed and where it was.' },
    },
    {
      name: 'statement',
      type: 'textarea',
      required: true,
      maxLength: 10_000,
      validate: statement,
      access: asFiled,
      admin: { description: 'Why the removal was a mistake.' },
    },
    {
      // 条例 16(三): preliminary evidence (初步证明材料) that the material does not infringe.
      name: 'evidence',
      type: 'textarea',
      maxLength: 4000,
      validate: filledIn('textarea'),
      access: asFiled,
      admin: { description: 'Links or descriptions of evidence (licence, authorship, permission).' },
    },
    {
      // DMCA 512(g)(3)(C), under penalty of perjury; 条例 16: responsible for its truth.
      name: 'goodFaith',
      type: 'checkbox',
      validate: mustBeTrue(
        'Confirm, under penalty of perjury, that you believe in good faith the material was removed by mistake or misidentification.',
      ),
      access: asFiled,
    },
    {
      // DMCA 512(g)(3)(D): consent to jurisdiction and to accept service from the notifier.
      name: 'jurisdiction',
      type: 'checkbox',
      validate: mustBeTrue(
        'Consent to the jurisdiction of the courts and to accept service of process from the notifier, as a counter-notice requires.',
      ),
      access: asFiled,
    },
    // DMCA 512(g)(3)(A): a signature; typed, and the filer's own name.
    { name: 'signature', type: 'text', maxLength: 200, validate: signatureOfName, access: asFiled },
    {
      // The form's language: every later email to this person is written in it.
      name: 'language',
      type: 'select',
      defaultValue: 'en',
      options: [...MESSAGE_LANGUAGES],
      access: asFiled,
      admin: { readOnly: true },
    },
    {
      name: 'senderFingerprint',
      type: 'text',
      access: serverWrittenStaffReads,
      admin: { readOnly: true },
    },
  ],
}
