import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import type { EmailAdapter } from 'payload'

import { type Env, env } from './env'

/**
 * Outgoing email over SMTP when SMTP_HOST is set; otherwise undefined, and Payload writes each
 * message to the server log instead (fine for development, never silent).
 */
export function emailAdapter(settings: Env = env()): Promise<EmailAdapter> | undefined {
  if (!settings.SMTP_HOST) return undefined
  const port = settings.SMTP_PORT
  const from = settings.EMAIL_FROM || 'Expo Archive <no-reply@localhost>'
  const match = /^\s*(?:"?([^"<]*?)"?\s*)?<([^>]+)>\s*$/.exec(from)
  return nodemailerAdapter({
    defaultFromAddress: match ? match[2] : from.trim(),
    defaultFromName: match?.[1]?.trim() || 'Expo Archive',
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
