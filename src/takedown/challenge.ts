import crypto from 'node:crypto'

import { createChallenge, extractParams, verifySolution } from 'altcha-lib'
import type { Challenge } from 'altcha-lib/types'

import { env } from '../config/env'
import { redisKey, sharedRedis, warnRedisUnavailable } from '../config/redis'
import { resolvePayloadSecret } from '../config/secret'

// Proof of work (ALTCHA, self-hosted: the challenge is made and checked here, nothing leaves the
// machine) plus a minimum fill time: a challenge records when the form was shown, and an answer
// sooner than MIN_FILL_MS is a bot's. Without JavaScript the widget cannot work, so the form
// also carries a small arithmetic question signed the same way (see noScriptQuestion).

export const MIN_FILL_MS = 3_000
export const CHALLENGE_TTL_MS = 2 * 60 * 60_000
/**
 * The answer is drawn below CHALLENGE_MAX_NUMBER (default 200 000): a browser tries about half as
 * many hashes on average (tenths of a second), while a script that sends many forms pays that for
 * each. 50 000 was solved in 6 ms (issue 19).
 */
const maxNumber = () => env().CHALLENGE_MAX_NUMBER

/** Derived, so the signing key is never the secret itself and cannot sign anything else. */
function hmacKey(): string {
  return crypto.createHash('sha256').update(`${resolvePayloadSecret()}:altcha`).digest('hex')
}

/**
 * A signed challenge. `number` fixes the answer instead of drawing it at random: only code that
 * holds the secret can do that (the load test, which must not spend minutes of CPU on proof of
 * work); the server's check is the same for every challenge.
 */
export async function newChallenge(now = Date.now(), number?: number): Promise<Challenge> {
  return createChallenge({
    hmacKey: hmacKey(),
    maxnumber: maxNumber(),
    number,
    expires: new Date(now + CHALLENGE_TTL_MS),
    params: { issued: String(now) },
  })
}

// A solved challenge is good for one accepted submission. It is taken the moment it verifies, so
// the same solution sent twice at once cannot pass twice, and given back when that submission is
// refused (see releaseChallenge), so a person who must fix a field error keeps their solution.
// Remembered until it expires, in this process's memory and, with REDIS_URL set, in Redis so no
// other instance accepts it.
const USED_KEY = Symbol.for('expo-archive.used-challenges')
const used: Map<string, number> =
  ((globalThis as Record<symbol, unknown>)[USED_KEY] as Map<string, number>) ??
  ((globalThis as Record<symbol, unknown>)[USED_KEY] = new Map<string, number>())

export type ChallengeVerdict =
  { ok: true; withScript: boolean; id: string; expiresAt: number } | { ok: false; message: string }

/** Checks the ALTCHA payload, or the no-script answer when there is none. */
export async function checkChallenge(
  input: { altcha?: unknown; question?: unknown; answer?: unknown },
  now = Date.now(),
): Promise<ChallengeVerdict> {
  if (typeof input.altcha === 'string' && input.altcha) return checkAltcha(input.altcha, now)
  if (typeof input.question === 'string' && input.question)
    return checkNoScriptAnswer(input.question, input.answer, now)
  return { ok: false, message: 'Please complete the check that you are not a robot before sending.' }
}

async function checkAltcha(payload: string, now: number): Promise<ChallengeVerdict> {
  let valid = false
  try {
    valid = await verifySolution(payload, hmacKey(), true)
  } catch {
    valid = false
  }
  if (!valid) return { ok: false, message: 'The anti-robot check did not verify; reload the page and try again.' }
  // Spent by its signature, which the server made for this one challenge: the payload's other
  // parts (`took`, key order, spacing) are the client's to vary, so they must not make it new.
  return acceptOnce(`altcha:${signatureOf(payload)}`, Number(extractParams(payload).issued), true, now)
}

function signatureOf(payload: string): string {
  const { signature } = JSON.parse(Buffer.from(payload, 'base64').toString('utf8')) as { signature: string }
  return signature
}

async function acceptOnce(
  spentKey: string,
  issued: number,
  withScript: boolean,
  now: number,
): Promise<ChallengeVerdict> {
  if (!Number.isFinite(issued))
    return { ok: false, message: 'The anti-robot check is incomplete; reload the page and try again.' }
  if (now - issued < MIN_FILL_MS)
    return {
      ok: false,
      message: 'The form was sent too quickly after it was opened; please check it and send it again.',
    }
  if (now - issued > CHALLENGE_TTL_MS)
    return { ok: false, message: 'The form was open too long; reload the page and send it again.' }
  const id = crypto.createHash('sha256').update(spentKey).digest('hex')
  for (const [key, expiry] of used) if (expiry < now) used.delete(key)
  if (used.has(id)) return ALREADY_SENT
  // No await between the check above and this line: concurrent requests in this process cannot
  // both pass. Across instances, Redis's SET NX is the same test-and-take in one step.
  used.set(id, issued + CHALLENGE_TTL_MS)
  if (!(await takenHere(id, issued + CHALLENGE_TTL_MS))) {
    used.delete(id)
    return ALREADY_SENT
  }
  return { ok: true, withScript, id, expiresAt: issued + CHALLENGE_TTL_MS }
}

const ALREADY_SENT = {
  ok: false,
  message: 'This form was already sent once; reload the page to send another.',
} as const

/** Takes the challenge in Redis too; false when another instance already took it. */
async function takenHere(id: string, expiresAt: number): Promise<boolean> {
  const redis = await sharedRedis()
  if (!redis) return true
  try {
    return (
      (await redis.set(redisKey('challenge', id), '1', { NX: true, PX: Math.max(1, expiresAt - Date.now()) })) === 'OK'
    )
  } catch (err) {
    warnRedisUnavailable(err)
    return true
  }
}

/** Makes a taken challenge usable again, when the submission it guarded was not saved. */
export async function releaseChallenge(id: string): Promise<void> {
  used.delete(id)
  const redis = await sharedRedis()
  if (!redis) return
  try {
    await redis.del(redisKey('challenge', id))
  } catch (err) {
    warnRedisUnavailable(err)
  }
}

const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']
const ZH_WORDS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十']

/** A question for people without JavaScript: "What is four plus seven?", signed with its answer. */
export function noScriptQuestion(language: 'en' | 'zh' = 'en', now = Date.now()): { text: string; token: string } {
  const a = crypto.randomInt(1, 11)
  const b = crypto.randomInt(1, 11)
  const payload = `${now}.${crypto.randomBytes(8).toString('hex')}`
  const token = `${payload}.${sign(`${payload}.${a + b}`)}`
  const text =
    language === 'zh'
      ? `${ZH_WORDS[a]}加${ZH_WORDS[b]}等于几？（请用阿拉伯数字回答。）`
      : `What is ${WORDS[a]} plus ${WORDS[b]}? (Answer in digits.)`
  return { text, token }
}

/** A no-script token is exactly `issued.nonce.signature`, as noScriptQuestion makes it; nothing more or less. */
const NO_SCRIPT_TOKEN = /^(\d{1,15})\.([0-9a-f]{16})\.([0-9a-f]{64})$/

async function checkNoScriptAnswer(token: string, answer: unknown, now: number): Promise<ChallengeVerdict> {
  const given = String(answer ?? '').trim()
  if (!/^\d{1,3}$/.test(given)) return { ok: false, message: 'Please answer the question with a number.' }
  const parts = NO_SCRIPT_TOKEN.exec(token)
  if (!parts) return { ok: false, message: 'The anti-robot question is incomplete; reload the page and try again.' }
  const [, issued, nonce, signature] = parts
  const expected = sign(`${issued}.${nonce}.${given}`)
  if (expected.length !== signature.length || !crypto.timingSafeEqual(Buffer.from(expected), Buffer.from(signature))) {
    return { ok: false, message: 'That answer to the question is not right; please try again.' }
  }
  return acceptOnce(`question:${signature}`, Number(issued), false, now)
}

function sign(value: string): string {
  return crypto.createHmac('sha256', hmacKey()).update(value).digest('hex')
}
