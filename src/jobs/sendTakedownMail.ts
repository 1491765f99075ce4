import type { PayloadRequest, TaskConfig } from 'payload'

import { siteUrl } from '../config/siteUrl'
import { newConfirmationToken, confirmationLink } from '../takedown/confirmation'
import { audienceOf, logSentMail } from '../takedown/mailLog'
import {
  ABOUT_COUNTER_NOTICE,
  AFFECTED_PARTY_MESSAGES,
  COUNTER_NOTIFIER_MESSAGES,
  type CounterNoticeCopy,
  type MessageKind,
  type MessageRequest,
  NOTIFIER_MESSAGES,
  renderMessage,
  STAFF_MESSAGES,
} from '../takedown/messages'
import { asLanguage } from '../takedown/messages/languages'
import { queueMessage } from '../takedown/notify'
import { loadTakedownSettings } from '../takedown/policy'

const HOUR_MS = 60 * 60_000

/** Addresses of everyone who handles requests (staff and admins). */
export async function staffAddresses(req: PayloadRequest): Promise<string[]> {
  const { docs } = await req.payload.find({
    collection: 'users',
    where: { roles: { in: ['staff', 'admin'] } },
    limit: 200,
    depth: 0,
    overrideAccess: true,
    req,
    select: { email: true },
  })
  return docs.map((u) => u.email).filter(Boolean)
}

/** The newest counter-notice filed against a request, if any (erased ones say nothing). */
async function latestCounterNotice(
  req: PayloadRequest,
  requestId: number | string,
): Promise<CounterNoticeCopy | undefined> {
  const { docs } = await req.payload.find({
    collection: 'counter-notices',
    where: { notice: { equals: requestId } },
    sort: '-createdAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return docs[0] as CounterNoticeCopy | undefined
}

/**
 * One email about one request. It runs on the jobs queue so that a mail server that is down
 * delays the message without losing it (the job is retried with growing pauses) and never
 * holds up or rolls back the request itself.
 */
export const sendTakedownMail: TaskConfig<'sendTakedownMail'> = {
  slug: 'sendTakedownMail',
  label: 'Send a takedown email',
  retries: { attempts: 6, backoff: { type: 'exponential', delay: 30_000 } },
  inputSchema: [
    { name: 'requestId', type: 'number', required: true },
    // The decision a message announces: a mail retried for hours must not describe a later move.
    { name: 'status', type: 'text' },
    {
      name: 'message',
      type: 'select',
      required: true,
      options: [...NOTIFIER_MESSAGES, ...STAFF_MESSAGES, ...AFFECTED_PARTY_MESSAGES, ...COUNTER_NOTIFIER_MESSAGES].map(
        (m) => ({
          value: m,
          label: m,
        }),
      ),
    },
  ],
  // A count, not the addresses: job records must not become another copy of personal data.
  outputSchema: [{ name: 'recipients', type: 'number' }],
  handler: async ({ input, req }) => {
    const message = input.message as MessageKind
    const request = (await req.payload.findByID({
      collection: 'contact-requests',
      id: input.requestId,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
      req,
    })) as MessageRequest | null
    // The request may be gone (deleted by an admin) or anonymised since: nothing left to say.
    if (!request || (request as { anonymisedAt?: string | null }).anonymisedAt || !request.email?.includes('@'))
      return { output: { recipients: 0 } }
    const settings = await loadTakedownSettings(req)
    let link: string | undefined
    if (message === 'confirm') {
      // The token is made here, not stored in the job: each attempt sends a fresh, valid link.
      const { token, hash } = newConfirmationToken()
      await req.payload.db.updateOne({
        collection: 'contact-requests',
        id: request.id,
        data: {
          confirmationTokenHash: hash,
          confirmationExpiresAt: new Date(Date.now() + settings.confirmationHours * HOUR_MS).toISOString(),
        },
        req,
      })
      link = confirmationLink(token, asLanguage((request as { language?: string }).language))
    }
    if (input.status) request.status = input.status
    const counterNotice = ABOUT_COUNTER_NOTICE.includes(message)
      ? await latestCounterNotice(req, request.id)
      : undefined
    // Who reads it: staff, the notifier, or another party with their own address and language.
    const audience = audienceOf(message)
    const party =
      audience === 'source'
        ? request.affectedParty
        : audience === 'counterNotifier'
          ? counterNotice
          : (request as { email: string; language?: string | null })
    const to =
      audience === 'staff'
        ? await staffAddresses(req)
        : [party?.email].filter((email): email is string => Boolean(email?.includes('@')))
    if (!to.length) return { output: { recipients: 0 } }
    const language = party?.language
    const context = { request, settings, siteUrl: siteUrl(), link, counterNotice }
    const { subject, text } = renderMessage(message, context, language)
    await req.payload.sendEmail({ to, subject, text })
    await logSentMail(req, { request, message, audience, subject, language, recipients: to.length })
    if (message === 'reinstatementNotice') await queueMessage(req, 'decision', request.id, 'reinstated')
    if (message === 'receipt' || message === 'enquiryReceipt') {
      await req.payload.db.updateOne({
        collection: 'contact-requests',
        id: request.id,
        data: { acknowledgedAt: new Date().toISOString() },
        req,
      })
    }
    return { output: { recipients: to.length } }
  },
}
