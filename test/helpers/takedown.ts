import { solveChallenge } from 'altcha-lib'
import type { Payload } from 'payload'
import { SMTPServer } from 'smtp-server'

import { MIN_FILL_MS, newChallenge } from '../../src/takedown/challenge'
import { resetRateLimits } from '../../src/takedown/rateLimit'
import { rest, type RestResponse } from './rest'

/** A solved ALTCHA payload, as the widget would post it, issued long enough ago to pass the fill-time check. */
export async function solvedAltcha(issuedAgoMs = MIN_FILL_MS + 500): Promise<string> {
  const challenge = await newChallenge(Date.now() - issuedAgoMs)
  const solution = await solveChallenge(challenge.challenge, challenge.salt, challenge.algorithm, challenge.maxnumber).promise
  if (!solution) throw new Error('could not solve our own challenge')
  const payload = { algorithm: challenge.algorithm, challenge: challenge.challenge, number: solution.number, salt: challenge.salt, signature: challenge.signature }
  return Buffer.from(JSON.stringify(payload)).toString('base64')
}

let ipCounter = 0
/** A fresh client address per submission, so tests do not run into each other's rate limits. */
export const freshIp = () => `198.51.100.${(++ipCounter % 250) + 1}`

export const validNotice = (url: string, overrides: Record<string, unknown> = {}) => ({
  kind: 'removal',
  name: 'Wang Fang',
  email: 'wang.fang@example.test',
  organization: 'Chongqing Photo Agency',
  relationship: 'rights_holder',
  basis: 'copyright',
  urls: [{ url }],
  elements: ['image'],
  originalWork: 'My photograph of the opening ceremony, taken 23 August 2018.',
  originalWorkUrl: 'https://photos.example.test/2018/opening',
  explanation: 'The photograph on this page is mine and was published without my permission or a credit.',
  requestedAction: 'remove',
  goodFaith: true,
  accuracy: true,
  signature: 'Wang Fang',
  ...overrides,
})

export const validEnquiry = (overrides: Record<string, unknown> = {}) => ({
  kind: 'enquiry',
  name: 'Li Wei',
  email: 'li.wei@example.test',
  subject: 'A question about 2019',
  message: 'Which hall hosted the 2019 opening ceremony?',
  ...overrides,
})

/** POST /api/contact-requests as a member of the public, with a solved challenge. */
export async function submitPublicly(data: Record<string, unknown>, options: { ip?: string; altcha?: string | null } = {}): Promise<RestResponse> {
  const altcha = options.altcha === undefined ? await solvedAltcha() : options.altcha
  return rest('POST', 'contact-requests', {
    body: { ...data, ...(altcha ? { altcha } : {}) },
    headers: { 'x-forwarded-for': options.ip ?? freshIp() },
  })
}

export { resetRateLimits }

export type ReceivedMail = { from: string; to: string[]; raw: string }

/** A real SMTP server on loopback; point the email adapter at it through SMTP_HOST/SMTP_PORT. */
export async function startMailbox(): Promise<{ port: number; messages: ReceivedMail[]; waitFor: (match: (m: ReceivedMail) => boolean, ms?: number) => Promise<ReceivedMail>; close: () => Promise<void> }> {
  const messages: ReceivedMail[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (c: Buffer) => chunks.push(c))
      stream.on('end', () => {
        messages.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        })
        callback()
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.server.address() as { port: number }).port
  return {
    port,
    messages,
    async waitFor(match, ms = 5_000) {
      const started = Date.now()
      while (Date.now() - started < ms) {
        const found = messages.find(match)
        if (found) return found
        await new Promise((r) => setTimeout(r, 25))
      }
      throw new Error(`no matching email within ${ms} ms; received: ${messages.map((m) => m.to.join(',')).join(' | ') || 'none'}`)
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

/** The confirmation token in a received email (quoted-printable soft breaks undone). */
export function confirmationTokenIn(mail: ReceivedMail): string {
  const text = mail.raw.replace(/=\r?\n/g, '').replace(/=3D/g, '=')
  const match = /\/removal-request\/confirm\?token=([A-Za-z0-9_-]+)/.exec(text)
  if (!match) throw new Error(`no confirmation link in the email:\n${text.slice(0, 2000)}`)
  return match[1]
}

/** Sets a request's status directly in the database, to start a transition test from any state. */
export async function forceStatus(payload: Payload, id: number, status: string) {
  await payload.db.updateOne({ collection: 'contact-requests', id, data: { status } })
}
