import crypto from 'node:crypto'

import { solveChallenge } from 'altcha-lib'
import type { Payload } from 'payload'
import { afterAll } from 'vitest'

import { startMailbox } from './mailbox'
import { createUser, testPayload } from './payload'
import { login, rest, type RestResponse } from './rest'
import { MIN_FILL_MS, newChallenge } from '../../src/takedown/challenge'
import { resetRateLimits } from '../../src/takedown/rateLimit'

/** A solved ALTCHA payload, as the widget would post it, issued long enough ago to pass the fill-time check. */
export async function solvedAltcha(issuedAgoMs = MIN_FILL_MS + 500): Promise<string> {
  // The answer is fixed below 1000 (as the load test does; the server's check is the same for any
  // answer): searching up to the real MAX_NUMBER would cost each test tenths of a second of hashing.
  const challenge = await newChallenge(Date.now() - issuedAgoMs, crypto.randomInt(0, 1000))
  const solution = await solveChallenge(challenge.challenge, challenge.salt, challenge.algorithm, 1000).promise
  if (!solution) throw new Error('could not solve our own challenge')
  const payload = {
    algorithm: challenge.algorithm,
    challenge: challenge.challenge,
    number: solution.number,
    salt: challenge.salt,
    signature: challenge.signature,
  }
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
  // A copyright notice needs a phone number or a postal address (条例 art. 14).
  phone: '+86 23 6000 0000',
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

/**
 * A counter-notice form's fields as a browser posts them, with every element the law asks for
 * (DMCA 512(g)(3), 条例 16): signature, the statement under penalty of perjury, address and
 * phone, consent to jurisdiction, evidence.
 */
export const validCounterNoticeFields = (reference: string, overrides: Record<string, string> = {}) => {
  const name = overrides.name ?? 'Chen Jie'
  return {
    reference,
    name,
    email: 'chen.jie@example.test',
    address: '8 Minzu Road, Yuzhong District, Chongqing',
    phone: '+86 23 6300 0000',
    material: 'My photo on the edition page.',
    statement: 'I took this photograph myself and licensed it to the expo organisers in 2021.',
    evidence: 'Signed licence of 3 May 2021: https://example.test/licence.pdf',
    goodFaith: 'on',
    jurisdiction: 'on',
    signature: name,
    ...overrides,
  }
}

export const validEnquiry = (overrides: Record<string, unknown> = {}) => ({
  kind: 'enquiry',
  name: 'Li Wei',
  email: 'li.wei@example.test',
  subject: 'A question about 2019',
  message: 'Which hall hosted the 2019 opening ceremony?',
  ...overrides,
})

/** POST /api/contact-requests as a member of the public, with a solved challenge. */
export async function submitPublicly(
  data: Record<string, unknown>,
  options: { ip?: string; altcha?: string | null } = {},
): Promise<RestResponse> {
  const altcha = options.altcha === undefined ? await solvedAltcha() : options.altcha
  return rest('POST', 'contact-requests', {
    body: { ...data, ...(altcha ? { altcha } : {}) },
    headers: { 'x-forwarded-for': options.ip ?? freshIp() },
  })
}

export { resetRateLimits }

export { confirmationTokenIn, startMailbox } from './mailbox'

/** Sets a request's status directly in the database, to start a transition test from any state. */
export async function forceStatus(payload: Payload, id: number, status: string) {
  await payload.db.updateOne({ collection: 'contact-requests', id, data: { status } })
}

/**
 * What a takedown suite starts from: its database, a local SMTP server the app sends to (set
 * before the config loads), and a signed-in member of staff. `close` lets queued sends finish.
 */
export async function startTakedownSuite() {
  const mailbox = await startMailbox()
  process.env.SMTP_HOST = '127.0.0.1'
  process.env.SMTP_PORT = String(mailbox.port)
  const payload = await testPayload()
  const staff = await createUser(payload, ['staff'])
  const staffToken = await login(staff.email, 'correct-horse-battery-staple')
  const close = async () => {
    await new Promise((resolve) => setTimeout(resolve, 300))
    await mailbox.close()
  }
  return { mailbox, payload, staff, staffToken, close }
}

/**
 * The takedown suites' shared setup, for the top of a test file:
 * `const { payload, mailbox, staffToken, staffEmail } = await takedownSuiteForFile()`.
 * Started while the file is collected (before any test), closed after its last test.
 */
export async function takedownSuiteForFile() {
  const suite = await startTakedownSuite()
  afterAll(suite.close)
  return { ...suite, staffEmail: suite.staff.email }
}
