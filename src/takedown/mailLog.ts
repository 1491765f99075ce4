import type { PayloadRequest } from 'payload'

import { AFFECTED_PARTY_MESSAGES, COUNTER_NOTIFIER_MESSAGES, type MessageKind, STAFF_MESSAGES } from './messages'
import { asLanguage } from './messages/languages'

export const MAIL_AUDIENCES = [
  { value: 'notifier', label: { en: 'The notifier', zh: '通知人' } },
  { value: 'source', label: { en: 'The original source or author', zh: '内容来源或作者' } },
  { value: 'counterNotifier', label: { en: 'Who filed the counter-notice', zh: '反通知人' } },
  { value: 'staff', label: { en: 'Staff', zh: '工作人员' } },
] as const
export type MailAudience = (typeof MAIL_AUDIENCES)[number]['value']

const isOneOf = (list: readonly string[], message: MessageKind) => list.includes(message)

/** Who reads a message: the mail job addresses it by this and logs it so. */
export function audienceOf(message: MessageKind): MailAudience {
  if (isOneOf(STAFF_MESSAGES, message)) return 'staff'
  if (isOneOf(AFFECTED_PARTY_MESSAGES, message)) return 'source'
  if (isOneOf(COUNTER_NOTIFIER_MESSAGES, message)) return 'counterNotifier'
  return 'notifier'
}

/**
 * Records one sent email in the request's history (collections/TakedownMail): role, language,
 * subject and time, never the address or the text. The message is already out, so a failure
 * here is logged, not thrown: a retried job would send it twice.
 */
export async function logSentMail(
  req: PayloadRequest,
  sent: {
    request: { id: number | string; reference?: string | null }
    message: MessageKind
    audience: MailAudience
    subject: string
    language: unknown
    recipients: number
  },
): Promise<void> {
  const { audience } = sent
  try {
    await req.payload.create({
      collection: 'takedown-mail',
      data: {
        request: sent.request.id as number,
        reference: sent.request.reference ?? null,
        sentAt: new Date().toISOString(),
        audience,
        // Staff messages are written in English only (src/takedown/messages).
        language: audience === 'staff' ? 'en' : asLanguage(sent.language),
        subject: sent.subject,
        message: sent.message,
        recipients: sent.recipients,
      },
      overrideAccess: true,
      req,
    })
  } catch (error) {
    req.payload.logger.error({ err: error, msg: `takedown mail log: ${sent.message} for ${sent.request.reference}` })
  }
}
