import type { PayloadRequest } from 'payload'

import { MEASURE_BY_STATUS, DECISION_GROUNDS, type StatementOfReasons } from './reasons'
import { labelOf, NOTICE_BASES } from './vocabulary'
import { REQUEST_STATUSES } from './workflow'

type RequestDoc = {
  kind: string
  name: string
  email: string
  reference?: string | null
  basis?: string | null
  subject?: string | null
  status: string
  urls?: { url: string }[] | null
  reasons?: StatementOfReasons | null
}

/**
 * Sends without making the request wait: the notice is saved whether or not the mail server
 * answers at once, and a failure is logged for staff to follow up.
 */
function send(req: PayloadRequest, message: { to: string; subject: string; text: string }) {
  Promise.resolve()
    .then(() => req.payload.sendEmail(message))
    .catch((err: unknown) => req.payload.logger.error({ msg: `could not send "${message.subject}" to ${message.to}`, err }))
}

export function sendConfirmationEmail(req: PayloadRequest, doc: RequestDoc, link: string, validHours: number) {
  send(req, {
    to: doc.email,
    subject: `Please confirm your removal notice ${doc.reference}`,
    text: [
      `Dear ${doc.name},`,
      '',
      `We received a removal notice (${labelOf(NOTICE_BASES, doc.basis)}) from this address, reference ${doc.reference}, about:`,
      ...(doc.urls ?? []).map((u) => `  ${u.url}`),
      '',
      'Nothing happens to the content until you confirm that you sent it. To confirm, open this link:',
      link,
      '',
      `The link works for ${validHours} hours. If you did not send this notice, ignore this email and nothing will happen.`,
      '',
      'Expo Archive',
    ].join('\n'),
  })
}

export function sendEnquiryReceipt(req: PayloadRequest, doc: RequestDoc) {
  send(req, {
    to: doc.email,
    subject: `We received your message ${doc.reference}`,
    text: [`Dear ${doc.name},`, '', `Thank you for writing to us about "${doc.subject}". Your reference is ${doc.reference}; we will reply to this address.`, '', 'Expo Archive'].join('\n'),
  })
}

/** The decision and its statement of reasons, sent to the notifier. */
export function sendDecisionEmail(req: PayloadRequest, doc: RequestDoc) {
  const r = doc.reasons ?? {}
  send(req, {
    to: doc.email,
    subject: `Decision on your removal notice ${doc.reference}: ${labelOf(REQUEST_STATUSES, doc.status)}`,
    text: [
      `Dear ${doc.name},`,
      '',
      `We have decided on your notice ${doc.reference}. Statement of reasons:`,
      '',
      `Measure: ${MEASURE_BY_STATUS[doc.status as keyof typeof MEASURE_BY_STATUS] ?? doc.status}`,
      `Scope: ${r.scope ?? ''}`,
      `Facts and circumstances relied on: ${r.facts ?? ''}`,
      `Ground: ${labelOf(DECISION_GROUNDS, r.ground)}${r.groundDetail ? ` (${r.groundDetail})` : ''}`,
      'Decided by: a member of our staff; no automated means were used.',
      `How to contest: ${r.redress ?? ''}`,
      '',
      'Expo Archive',
    ].join('\n'),
  })
}
