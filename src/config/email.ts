import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import type { EmailAdapter } from 'payload'

import { type Env, env } from './env'

type Address = string | { name?: string; address: string }
const addressList = (value: Address | Address[] | undefined): string =>
  (Array.isArray(value) ? value : value ? [value] : [])
    .map((a) => (typeof a === 'string' ? a : a.name ? `${a.name} <${a.address}>` : a.address))
    .join(', ')

/**
 * Without a mail server every message is kept whole in the admin-only Outbox collection
 * (collections/Outbox) and one log line says where: a default `npm start` can then confirm a
 * removal notice by opening its email there (Payload alone logs only recipient and subject).
 */
export const outboxAdapter =
  (from: { address: string; name: string }): EmailAdapter =>
  ({ payload }) => ({
    name: 'outbox',
    defaultFromAddress: from.address,
    defaultFromName: from.name,
    sendEmail: async (message) => {
      const to = addressList(message.to as Address | Address[])
      const text = typeof message.text === 'string' ? message.text : String(message.text ?? message.html ?? '')
      const doc = await payload.create({
        collection: 'outbox',
        data: {
          to,
          from: addressList(message.from as Address) || `${from.name} <${from.address}>`,
          subject: String(message.subject ?? ''),
          text,
        },
        overrideAccess: true,
      })
      payload.logger.info({
        msg: `No mail server (SMTP_HOST) is set: the email to ${to} is kept in the admin Outbox, /admin/collections/outbox/${doc.id}`,
      })
      return { outboxId: doc.id }
    },
  })

/** Outgoing email over SMTP when SMTP_HOST is set; otherwise into the admin Outbox (outboxAdapter). */
export function emailAdapter(settings: Env = env()): Promise<EmailAdapter> | EmailAdapter {
  const from = settings.EMAIL_FROM || 'Expo Archive <no-reply@localhost>'
  const match = /^\s*(?:"?([^"<]*?)"?\s*)?<([^>]+)>\s*$/.exec(from)
  const sender = { address: match ? match[2] : from.trim(), name: match?.[1]?.trim() || 'Expo Archive' }
  if (!settings.SMTP_HOST) return outboxAdapter(sender)
  const port = settings.SMTP_PORT
  return nodemailerAdapter({
    defaultFromAddress: sender.address,
    defaultFromName: sender.name,
    // Verifying would block start-up on an unreachable mail server; failures are logged per message.
    skipVerify: true,
    transportOptions: {
      host: settings.SMTP_HOST,
      port,
      secure: settings.SMTP_SECURE === true,
      auth: settings.SMTP_USER ? { user: settings.SMTP_USER, pass: settings.SMTP_PASS ?? '' } : undefined,
    },
  })
}
