import crypto from 'node:crypto'

import type { Payload } from 'payload'

import { siteUrl } from '../config/siteUrl'
import { localizePath } from '../site/locales'
import type { MessageLanguage } from './messages/languages'

// Nothing a notice asks for happens until its sender proves the email address is theirs: the
// confirmation email carries a random token; only its hash is stored.

export const hashToken = (token: string) => crypto.createHash('sha256').update(token).digest('hex')

export function newConfirmationToken(): { token: string; hash: string } {
  const token = crypto.randomBytes(24).toString('base64url')
  return { token, hash: hashToken(token) }
}

/** The link in the confirmation email, to the confirmation page in the language the notice was filed in. */
export const confirmationLink = (token: string, language: MessageLanguage = 'en') =>
  `${siteUrl()}${localizePath(`/removal-request/confirm?token=${encodeURIComponent(token)}`, language)}`

/** Tells the collection's workflow hook that this move is the notifier confirming, not staff. */
export const CONFIRMATION_CONTEXT = { systemTransition: 'unconfirmed->received' } as const

export type ConfirmationResult =
  { ok: true; reference: string; alreadyConfirmed: boolean } | { ok: false; status: 400 | 404 | 410; message: string }

/** Confirms the removal notice a token belongs to; the same function serves the page and the API. */
export async function confirmRemovalNotice(payload: Payload, token: unknown): Promise<ConfirmationResult> {
  if (typeof token !== 'string' || !/^[A-Za-z0-9_-]{20,64}$/.test(token)) {
    return {
      ok: false,
      status: 400,
      message: 'This confirmation link is incomplete; copy the whole link from the email.',
    }
  }
  const { docs } = await payload.find({
    collection: 'contact-requests',
    where: { confirmationTokenHash: { equals: hashToken(token) } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    showHiddenFields: true,
  })
  const notice = docs[0] as
    { id: number; status: string; reference?: string | null; confirmationExpiresAt?: string | null } | undefined
  if (!notice)
    return {
      ok: false,
      status: 404,
      message: 'We have no notice for this confirmation link. It may have been mistyped.',
    }
  const reference = notice.reference ?? String(notice.id)
  if (notice.status !== 'unconfirmed') return { ok: true, reference, alreadyConfirmed: true }
  if (notice.confirmationExpiresAt && new Date(notice.confirmationExpiresAt).getTime() < Date.now()) {
    return {
      ok: false,
      status: 410,
      message: `This confirmation link for ${reference} has expired. Please send the notice again.`,
    }
  }
  await payload.update({
    collection: 'contact-requests',
    id: notice.id,
    data: { status: 'received' },
    overrideAccess: true,
    context: { ...CONFIRMATION_CONTEXT },
  })
  return { ok: true, reference, alreadyConfirmed: false }
}
