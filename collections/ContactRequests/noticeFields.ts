import type { Condition, Field, Validate } from 'payload'
import { email, text, textarea } from 'payload/shared'

import { asFiled, serverOnly } from '../../src/access'
import { mustBeTrue, signatureOfName } from '../../src/fields/filingValidators'
import { optionalHttpUrl } from '../../src/fields/validators'
import { MESSAGE_LANGUAGES } from '../../src/takedown/messages/languages'
import {
  NOTICE_BASES,
  NOTICE_ELEMENTS,
  NOTIFIER_RELATIONSHIPS,
  REQUESTED_ACTIONS,
  TAKEDOWN_COLLECTIONS,
} from '../../src/takedown/vocabulary'

// What the public sends, kept exactly as filed: it is the evidence a decision rests on, so
// nobody may edit it afterwards (update access is closed on every field here).

const forRemoval: Condition = (data) => data?.kind === 'removal'
const forEnquiry: Condition = (data) => data?.kind !== 'removal'

export const MIN_EXPLANATION = 30

const explanation: Validate = (value, options) => {
  const base = textarea(value as string, options as never)
  if (base !== true) return base
  return String(value ?? '').trim().length >= MIN_EXPLANATION
    ? true
    : `Explain in at least ${MIN_EXPLANATION} characters why the content infringes the right you name.`
}

const emailAddress: Validate = (value, options) => {
  const base = email(value as string, options as never)
  if (base !== true) return base
  return String(value ?? '').length <= 254 ? true : 'This email address is too long (at most 254 characters).'
}

const authority: Validate = (value, options) => {
  const { data } = options
  const base = textarea(value as string, options as never)
  if (base !== true) return base
  const relationship = (data as { relationship?: string }).relationship
  if (String(value ?? '').trim()) return true
  if (relationship === 'authorized_agent')
    return 'As an agent, say on whose behalf you act and the authority you rely on.'
  if (relationship === 'authority_order') return 'Name the court or authority, and the reference and date of its order.'
  return true
}

/**
 * A copyright notice names a way to reach the notifier besides email: a postal address or a
 * phone number (条例 14(一) asks for name, contact details and address). Checked on filing only,
 * so staff can still edit notices filed before this rule.
 */
const CONTACT_FOR_COPYRIGHT = 'For a copyright notice, give a postal address or a phone number as well (条例 art. 14).'
const reachableForCopyright: Validate = (value, options) => {
  const { data, operation } = options as typeof options & { operation?: string }
  const base = text(value as string, options as never)
  if (base !== true) return base
  const d = data as { kind?: string; basis?: string; postalAddress?: string | null }
  if (operation !== 'create' || d.kind !== 'removal' || d.basis !== 'copyright') return true
  return String(value ?? '').trim() || String(d.postalAddress ?? '').trim() ? true : CONTACT_FOR_COPYRIGHT
}

/** Filled in by the collection's resolveNoticeUrls hook when a URL does not lead to our content. */
const resolvesToContent: Validate = (value, options) => {
  const { req } = options
  const base = text(value as string, options as never)
  if (base !== true) return base
  const problems = (req.context?.unresolvedUrls ?? {}) as Record<string, string>
  return problems[String(value ?? '').trim()] ?? true
}

export const noticeFields: Field[] = [
  { name: 'name', type: 'text', required: true, maxLength: 200, access: asFiled },
  { name: 'email', type: 'email', required: true, validate: emailAddress, access: asFiled },
  {
    // Which language our emails to the sender use; the forms set it from the page's language.
    name: 'language',
    type: 'select',
    defaultValue: 'en',
    options: [...MESSAGE_LANGUAGES],
    access: asFiled,
    admin: { position: 'sidebar' },
  },
  { name: 'organization', type: 'text', maxLength: 200, access: asFiled },
  {
    name: 'phone',
    type: 'text',
    maxLength: 50,
    validate: reachableForCopyright,
    access: asFiled,
    admin: { condition: forRemoval },
  },
  { name: 'postalAddress', type: 'textarea', maxLength: 500, access: asFiled, admin: { condition: forRemoval } },

  // General enquiries
  { name: 'subject', type: 'text', required: true, maxLength: 200, access: asFiled, admin: { condition: forEnquiry } },
  {
    name: 'message',
    type: 'textarea',
    required: true,
    maxLength: 10_000,
    access: asFiled,
    admin: { condition: forEnquiry },
  },
  {
    name: 'pageUrl',
    type: 'text',
    maxLength: 2000,
    access: asFiled,
    admin: { condition: forEnquiry, description: 'The page on this site the message is about, if any.' },
  },

  // Removal notices
  {
    name: 'relationship',
    type: 'select',
    required: true,
    options: [...NOTIFIER_RELATIONSHIPS],
    access: asFiled,
    admin: { condition: forRemoval },
  },
  {
    name: 'authority',
    type: 'textarea',
    maxLength: 2000,
    validate: authority,
    access: asFiled,
    admin: { condition: forRemoval, description: 'For agents: the rights holder and the authority relied on.' },
  },
  {
    name: 'basis',
    type: 'select',
    required: true,
    index: true,
    options: [...NOTICE_BASES],
    access: asFiled,
    admin: { condition: forRemoval },
  },
  {
    name: 'urls',
    type: 'array',
    required: true,
    minRows: 1,
    maxRows: 10,
    access: asFiled,
    admin: { condition: forRemoval, components: { RowLabel: '@/admin/RowLabels#AddressRowLabel' } },
    fields: [
      { name: 'url', type: 'text', required: true, maxLength: 2000, validate: resolvesToContent },
      // For staff: the content on the site and in the admin, and the copy taken when it was hidden.
      { name: 'links', type: 'ui', admin: { components: { Field: '@/admin/NoticeAddressLinks#NoticeAddressLinks' } } },
      { name: 'title', type: 'text', access: serverOnly, admin: { readOnly: true } },
      {
        name: 'targetCollection',
        type: 'select',
        options: [...TAKEDOWN_COLLECTIONS],
        access: serverOnly,
        admin: { readOnly: true },
      },
      { name: 'contentId', type: 'text', access: serverOnly, admin: { readOnly: true } },
      // "collection:id", so the notices about one item are found with a single equality query.
      { name: 'key', type: 'text', index: true, access: serverOnly, admin: { hidden: true } },
    ],
  },
  {
    name: 'elements',
    type: 'select',
    hasMany: true,
    required: true,
    options: [...NOTICE_ELEMENTS],
    access: asFiled,
    admin: { condition: forRemoval },
  },
  {
    name: 'originalWork',
    type: 'textarea',
    required: true,
    maxLength: 2000,
    access: asFiled,
    admin: { condition: forRemoval, description: 'The original work or the right claimed.' },
  },
  {
    name: 'originalWorkUrl',
    type: 'text',
    maxLength: 2000,
    validate: optionalHttpUrl,
    access: asFiled,
    admin: { condition: forRemoval },
  },
  {
    name: 'explanation',
    type: 'textarea',
    required: true,
    maxLength: 10_000,
    validate: explanation,
    access: asFiled,
    admin: { condition: forRemoval },
  },
  {
    name: 'requestedAction',
    type: 'select',
    required: true,
    options: [...REQUESTED_ACTIONS],
    access: asFiled,
    admin: { condition: forRemoval },
  },
  {
    name: 'goodFaith',
    type: 'checkbox',
    validate: mustBeTrue('Confirm that you believe in good faith that the use is not authorized or is unlawful.'),
    access: asFiled,
    admin: { condition: forRemoval },
  },
  {
    name: 'accuracy',
    type: 'checkbox',
    validate: mustBeTrue('Confirm that the notice is accurate and that you are authorized to send it.'),
    access: asFiled,
    admin: { condition: forRemoval },
  },
  {
    name: 'signature',
    type: 'text',
    maxLength: 200,
    validate: signatureOfName,
    access: asFiled,
    admin: { condition: forRemoval },
  },
]
