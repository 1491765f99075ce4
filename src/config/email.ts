import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import type { EmailAdapter } from 'payload'

/**
 * Outgoing email over SMTP when SMTP_HOST is set; otherwise undefined, and Payload writes each
 * message to the server log instead (fine for development, never silent).
 */
export function emailAdapter(env: NodeJS.ProcessEnv = process.env): Promise<EmailAdapter> | undefined {
  if (!env.SMTP_HOST) return undefined
  const port = Number(env.SMTP_PORT || 587)
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(
      `SMTP_PORT is '${env.SMTP_PORT}'; use a port number such as 587 (STARTTLS) or 465 (SMTP_SECURE=true).`,
    )
  }
  const from = env.EMAIL_FROM || 'Expo Archive <no-reply@localhost>'
  const match = /^\s*(?:"?([^"<]*?)"?\s*)?<([^>]+)>\s*$/.exec(from)
  return nodemailerAdapter({
    defaultFromAddress: match ? match[2] : from.trim(),
    defaultFromName: match?.[1]?.trim() || 'Expo Archive',
    // Verifying would block start-up on an unreachable mail server; failures are logged per message.
    skipVerify: true,
    transportOptions: {
      host: env.SMTP_HOST,
      port,
      secure: env.SMTP_SECURE === 'true',
      auth: env.SMTP_USER ? { user: env.SMTP_USER, pass: env.SMTP_PASS ?? '' } : undefined,
    },
  })
}
