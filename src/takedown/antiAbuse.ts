import crypto from 'node:crypto'

import { APIError, type PayloadRequest, ValidationError } from 'payload'

import { checkChallenge, releaseChallenge } from './challenge'
import { clientIp, hit, limitNetwork, SUBMISSION_LIMITS, unhit } from './rateLimit'
import { takeSubmissionSlot } from './submissionSlots'

// The anti-abuse rules for public submissions (contact requests, removal notices,
// counter-notices), in one place: the honeypot, the challenge, the per-IP and per-email rate
// limits, the server's submission slots, and giving all of them back when a submission is
// refused after it was let in. The collections' hooks (src/hooks/antiAbuse.ts) only adapt
// Payload's hook arguments to these functions; the site's forms (./submit.ts) call them too.

type Context = Record<string, unknown> | undefined

/** Form-only inputs: read here, never stored. */
const ANTI_ABUSE_KEYS = ['website', 'altcha', 'question', 'answer'] as const

type AntiAbuseRecord = {
  ip: string
  email: string
  withScript: boolean
  challenge: { id: string; expiresAt: number }
  released?: boolean
}

const ipKey = (ip: string) => `submit-ip:${limitNetwork(ip)}`
const emailKey = (email: string) => `submit-email:${email}`
const ipLimit = (withScript: boolean) => (withScript ? SUBMISSION_LIMITS.perIp : SUBMISSION_LIMITS.perIpWithoutScript)

/**
 * Public submissions (REST, GraphQL, or the site's forms through the Local API) must pass the
 * honeypot, the proof-of-work or no-script challenge with its minimum fill time, and the per-IP
 * and per-email limits. Runs before anything is validated or written, so a refusal writes
 * nothing. It is on by default, so a new code path cannot forget it. Strips the form-only inputs
 * from `data` and returns it with the sender's fingerprint set.
 */
export async function admitSubmission(
  data: Record<string, unknown>,
  req: PayloadRequest,
  collection: string,
): Promise<Record<string, unknown>> {
  const input = { ...data }
  for (const key of ANTI_ABUSE_KEYS) delete data[key]
  // Signed-in staff filing on someone's behalf, and trusted server code (scripts, tests) that
  // says so explicitly, skip the checks; every other caller is treated as the public.
  if (req.user || req.context?.trustedServer === true) return data

  if (typeof input.website === 'string' ? input.website.trim() : input.website) {
    // The honeypot field is invisible to people; only form-filling robots see and fill it.
    throw new APIError('This submission looks automated and was not accepted.', 400)
  }
  const verdict = await checkChallenge({ altcha: input.altcha, question: input.question, answer: input.answer })
  if (!verdict.ok)
    throw new ValidationError({
      collection,
      errors: [{ path: 'altcha', message: verdict.message }],
      req,
    })

  const ip = String(req.context?.clientIp ?? clientIp(req.headers))
  const email = String(input.email ?? '')
    .trim()
    .toLowerCase()
  // Each budget is taken at once (a place counted only while under the limit, in one step), so
  // concurrent submissions cannot all slip under a limit before any of them is saved; the
  // places and the challenge are given back if this submission is refused later on.
  const ipWait = await hit(ipKey(ip), ipLimit(verdict.withScript))
  const emailWait = ipWait || !email ? 0 : await hit(emailKey(email), SUBMISSION_LIMITS.perEmail)
  const wait = Math.max(ipWait, emailWait)
  if (wait) {
    await releaseChallenge(verdict.id)
    if (emailWait) await unhit(ipKey(ip))
    const minutes = Math.ceil(wait / 60)
    throw new APIError(
      `Too many messages from ${ipWait ? 'your network' : 'this email address'} just now; please try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
      429,
    )
  }
  req.context.antiAbuse = {
    ip,
    email,
    withScript: verdict.withScript,
    challenge: { id: verdict.id, expiresAt: verdict.expiresAt },
  } satisfies AntiAbuseRecord
  data.senderFingerprint = crypto.createHmac('sha256', req.payload.secret).update(ip).digest('hex').slice(0, 16)
  return data
}

/** Gives back what admitSubmission took: the challenge and the places in the per-IP and per-email budgets. */
async function releaseAntiAbuse(record: AntiAbuseRecord | undefined): Promise<void> {
  if (!record || record.released) return
  record.released = true
  await releaseChallenge(record.challenge.id)
  await unhit(ipKey(record.ip))
  if (record.email) await unhit(emailKey(record.email))
}

const SLOT = 'releaseSubmissionSlot'

/** A public submission (no signed-in user) waits for one of the server's submission slots. */
export async function waitForSlot(context: Record<string, unknown>): Promise<void> {
  context[SLOT] = await takeSubmissionSlot()
}

/** Frees the slot this request holds, if any (once saved, or refused: see releaseRefusedSubmission). */
export function releaseSlot(context: Context): void {
  const release = context?.[SLOT] as (() => void) | undefined
  if (release) release()
}

/**
 * A submission that failed after the checks let it in (a field error, a broken URL) was not saved:
 * give back what it took — its turn among the submissions in progress, its challenge and its
 * place in the rate limits. REST and the admin reach this through the collections' error hook;
 * the site's forms call it from fileAsPublic, as the Local API has no error hook.
 */
export async function releaseRefusedSubmission(context: Context): Promise<void> {
  releaseSlot(context)
  await releaseAntiAbuse(context?.antiAbuse as AntiAbuseRecord | undefined)
}
