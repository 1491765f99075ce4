import crypto from 'node:crypto'

import { APIError, type CollectionBeforeValidateHook, ValidationError } from 'payload'

import { checkChallenge, releaseChallenge } from '../../../src/takedown/challenge'
import { clientIp, hit, SUBMISSION_LIMITS, unhit } from '../../../src/takedown/rateLimit'

/** Form-only inputs: read here, never stored. */
const ANTI_ABUSE_KEYS = ['website', 'altcha', 'question', 'answer'] as const

export type AntiAbuseRecord = {
  ip: string
  email: string
  withScript: boolean
  challenge: { id: string; expiresAt: number }
  released?: boolean
}

const ipKey = (ip: string) => `submit-ip:${ip}`
const emailKey = (email: string) => `submit-email:${email}`
const ipLimit = (withScript: boolean) => (withScript ? SUBMISSION_LIMITS.perIp : SUBMISSION_LIMITS.perIpWithoutScript)

/**
 * Gives back what refuseAbuse took for a submission that was then not saved (a field error
 * further on): its challenge and its place in the per-IP and per-email budgets.
 */
export async function releaseAntiAbuse(record: AntiAbuseRecord | undefined): Promise<void> {
  if (!record || record.released) return
  record.released = true
  await releaseChallenge(record.challenge.id)
  await unhit(ipKey(record.ip))
  if (record.email) await unhit(emailKey(record.email))
}

/**
 * Public submissions (REST, GraphQL, or the site's forms through the Local API) must pass the
 * honeypot, the proof-of-work or no-script challenge with its minimum fill time, and the per-IP
 * and per-email limits. Runs before anything is validated or written, so a refusal writes
 * nothing. It is on by default, so a new code path cannot forget it.
 */
export const refuseAbuse: CollectionBeforeValidateHook = async ({ data, req, operation, collection }) => {
  if (operation !== 'create' || !data) return data
  const input = { ...data } as Record<string, unknown>
  for (const key of ANTI_ABUSE_KEYS) delete (data as Record<string, unknown>)[key]
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
      collection: collection.slug,
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
