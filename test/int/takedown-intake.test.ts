import type { Payload } from 'payload'
import { beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { MIN_EXPLANATION } from '../../collections/ContactRequests/noticeFields'
import { noScriptQuestion } from '../../src/takedown/challenge'
import { createUser, testPayload } from '../helpers/payload'
import { login, rest, type RestResponse } from '../helpers/rest'
import { freshIp, resetRateLimits, solvedAltcha, submitPublicly, validEnquiry, validNotice } from '../helpers/takedown'

let payload: Payload
let staffToken: string

const errorPaths = (res: RestResponse): string[] =>
  (res.body?.errors?.[0]?.data?.errors ?? []).map((e: { path: string }) => e.path)
const stored = async () => ({
  requests: (await payload.count({ collection: 'contact-requests', overrideAccess: true })).totalDocs,
  audit: (await payload.count({ collection: 'takedown-audit', overrideAccess: true })).totalDocs,
})

/** Sends `data` publicly and expects a refusal that wrote nothing at all. */
async function expectRefused(data: Record<string, unknown>, options: Parameters<typeof submitPublicly>[1] = {}) {
  const before = await stored()
  const res = await submitPublicly(data, options)
  expect(res.status, JSON.stringify(res.body)).toBeGreaterThanOrEqual(400)
  expect(res.status).toBeLessThan(500)
  expect(await stored()).toEqual(before)
  return res
}

beforeAll(async () => {
  payload = await testPayload()
  staffToken = await login((await createUser(payload, ['staff'])).email, 'correct-horse-battery-staple')
})
beforeEach(() => resetRateLimits())

describe('bad input on every field is refused with a 400 naming the field, and nothing is written', () => {
  const long = (n: number) => 'x'.repeat(n)
  const cases: [string, Record<string, unknown>, string][] = [
    ['missing name', { name: '' }, 'name'],
    ['over-long name', { name: long(201), signature: long(201) }, 'name'],
    ['malformed email', { email: 'not-an-email' }, 'email'],
    ['over-long email', { email: `${long(250)}@example.test` }, 'email'],
    ['over-long organization', { organization: long(201) }, 'organization'],
    ['over-long phone', { phone: long(51) }, 'phone'],
    ['over-long postal address', { postalAddress: long(501) }, 'postalAddress'],
    // 条例 art. 14: a copyright notice gives a way to reach the notifier besides email.
    ['copyright without phone or postal address', { phone: undefined, postalAddress: undefined }, 'phone'],
    ['missing relationship', { relationship: undefined }, 'relationship'],
    ['unknown relationship', { relationship: 'owner' }, 'relationship'],
    ['agent without authority', { relationship: 'authorized_agent', authority: '' }, 'authority'],
    ['over-long authority', { relationship: 'authorized_agent', authority: long(2001) }, 'authority'],
    ['unknown basis', { basis: 'annoyance' }, 'basis'],
    ['no URL', { urls: [] }, 'urls'],
    ['more than 10 URLs', { urls: Array.from({ length: 11 }, () => ({ url: '/editions/2019' })) }, 'urls'],
    ['over-long URL', { urls: [{ url: `/editions/2019?${long(2000)}` }] }, 'urls.0.url'],
    ['URL on another site', { urls: [{ url: 'https://elsewhere.example/editions/2019' }] }, 'urls.0.url'],
    ['URL of nothing published', { urls: [{ url: '/editions/1999' }] }, 'urls.0.url'],
    ['URL of a site section, not content', { urls: [{ url: '/search' }] }, 'urls.0.url'],
    [
      'the same item twice',
      { urls: [{ url: '/editions/2019' }, { url: 'http://localhost:3000/editions/2019/' }] },
      'urls.1.url',
    ],
    ['no element', { elements: [] }, 'elements'],
    ['unknown element', { elements: ['video'] }, 'elements'],
    ['missing original work', { originalWork: '' }, 'originalWork'],
    ['over-long original work', { originalWork: long(2001) }, 'originalWork'],
    ['original work URL not http', { originalWorkUrl: 'ftp://example.test/photo' }, 'originalWorkUrl'],
    ['explanation too short', { explanation: 'It is mine.' }, 'explanation'],
    ['over-long explanation', { explanation: long(10_001) }, 'explanation'],
    ['unknown action', { requestedAction: 'burn' }, 'requestedAction'],
    ['no good-faith statement', { goodFaith: false }, 'goodFaith'],
    ['no accuracy statement', { accuracy: false }, 'accuracy'],
    ['signature not the name', { signature: 'Somebody Else' }, 'signature'],
    ['unknown kind', { kind: 'complaint' }, 'kind'],
  ]
  for (const [label, change, path] of cases) {
    it(`removal notice: ${label} → ${path}`, async () => {
      const res = await expectRefused(validNotice('/editions/2019', change))
      expect(res.status).toBe(400)
      expect(errorPaths(res)).toContain(path)
    })
  }

  const enquiryCases: [string, Record<string, unknown>, string][] = [
    ['missing subject', { subject: '' }, 'subject'],
    ['over-long subject', { subject: long(201) }, 'subject'],
    ['missing message', { message: '' }, 'message'],
    ['over-long message', { message: long(10_001) }, 'message'],
    ['over-long page URL', { pageUrl: long(2001) }, 'pageUrl'],
  ]
  for (const [label, change, path] of enquiryCases) {
    it(`enquiry: ${label} → ${path}`, async () => {
      const res = await expectRefused(validEnquiry(change))
      expect(errorPaths(res)).toContain(path)
    })
  }

  it('names every unresolved URL, each with its own message', async () => {
    const res = await expectRefused(
      validNotice('/editions/1999', {
        urls: [{ url: '/editions/1999' }, { url: '/editions/2019' }, { url: '/organizations/nobody' }],
      }),
    )
    const messages = res.body.errors[0].data.errors.map(
      (e: { path: string; message: string }) => `${e.path}: ${e.message}`,
    )
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^urls\.0\.url: .*\/editions\/1999/),
        expect.stringMatching(/^urls\.2\.url: .*\/organizations\/nobody/),
      ]),
    )
    expect(messages.join()).not.toContain('urls.1.url')
  })

  it(`asks for at least ${MIN_EXPLANATION} characters of explanation`, async () => {
    const res = await expectRefused(validNotice('/editions/2019', { explanation: 'x'.repeat(MIN_EXPLANATION - 1) }))
    expect(JSON.stringify(res.body)).toContain(`${MIN_EXPLANATION} characters`)
  })
})

describe('anti-abuse: challenge, honeypot, fill time and rate limits', () => {
  it('refuses a submission without a solved challenge', async () => {
    const res = await expectRefused(validEnquiry(), { altcha: null })
    expect(errorPaths(res)).toEqual(['altcha'])
  })

  it('refuses a forged solution', async () => {
    const real = JSON.parse(Buffer.from(await solvedAltcha(), 'base64').toString())
    const forged = Buffer.from(JSON.stringify({ ...real, number: real.number + 1 })).toString('base64')
    expect(errorPaths(await expectRefused(validEnquiry(), { altcha: forged }))).toEqual(['altcha'])
  })

  it('refuses a form sent faster than a person could fill it', async () => {
    // Issued "in the future", so however slow this machine solves it, it arrives too soon.
    const res = await expectRefused(validEnquiry(), { altcha: await solvedAltcha(-30_000) })
    expect(JSON.stringify(res.body)).toContain('too quickly')
  })

  it('refuses an expired challenge', async () => {
    expect(errorPaths(await expectRefused(validEnquiry(), { altcha: await solvedAltcha(3 * 3600_000) }))).toEqual([
      'altcha',
    ])
  })

  it('accepts a solution once, and refuses it replayed', async () => {
    const altcha = await solvedAltcha()
    expect((await submitPublicly(validEnquiry(), { altcha })).status).toBe(201)
    expect(JSON.stringify((await expectRefused(validEnquiry(), { altcha })).body)).toContain('already sent')
  })

  it('refuses a spent solution sent again with only its timing or layout changed (issue 19)', async () => {
    const altcha = await solvedAltcha()
    expect((await submitPublicly(validEnquiry(), { altcha })).status).toBe(201)
    const parts = JSON.parse(Buffer.from(altcha, 'base64').toString())
    for (const variant of [
      { ...parts, took: 1234 },
      { took: 5, ...parts },
    ]) {
      const again = Buffer.from(JSON.stringify(variant, null, 1)).toString('base64')
      expect(JSON.stringify((await expectRefused(validEnquiry(), { altcha: again })).body)).toContain('already sent')
    }
  })

  it('refuses a no-script token with more or fewer parts than it was issued with, and a spent one', async () => {
    const q = noScriptQuestion('en', Date.now() - 4_000)
    const words = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']
    const [, a, b] = /What is (\w+) plus (\w+)/.exec(q.text)!
    const answer = String(words.indexOf(a) + words.indexOf(b))
    for (const token of [`${q.token}.extra`, q.token.split('.').slice(0, 2).join('.'), ` ${q.token}`]) {
      const res = await expectRefused({ ...validEnquiry(), question: token, answer }, { altcha: null })
      expect(JSON.stringify(res.body)).toMatch(/incomplete/)
    }
    expect((await submitPublicly({ ...validEnquiry(), question: q.token, answer }, { altcha: null })).status).toBe(201)
    const again = await expectRefused({ ...validEnquiry(), question: q.token, answer }, { altcha: null })
    expect(JSON.stringify(again.body)).toContain('already sent')
  })

  it('lets a person who must fix a field keep their solved challenge', async () => {
    const altcha = await solvedAltcha()
    await expectRefused(validEnquiry({ message: '' }), { altcha })
    expect((await submitPublicly(validEnquiry(), { altcha })).status).toBe(201)
  })

  it('accepts a solution once even when it is sent many times at the same moment', async () => {
    const altcha = await solvedAltcha()
    const before = await stored()
    const answers = await Promise.all(Array.from({ length: 6 }, () => submitPublicly(validEnquiry(), { altcha })))
    expect(answers.map((r) => r.status).sort()).toEqual([201, 400, 400, 400, 400, 400])
    expect((await stored()).requests).toBe(before.requests + 1)
  })

  it('holds the per-email limit when the messages arrive all at once', async () => {
    const answers = await Promise.all(
      Array.from({ length: 6 }, () => submitPublicly(validEnquiry({ email: 'rush@example.test' }))),
    )
    expect(answers.map((r) => r.status).sort()).toEqual([201, 201, 201, 429, 429, 429])
  })

  it('refuses a filled honeypot', async () => {
    const res = await expectRefused({ ...validEnquiry(), website: 'http://spam.example' })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body)).toContain('automated')
  })

  it('accepts the no-script question answered right, and refuses a wrong answer', async () => {
    const q = noScriptQuestion('en', Date.now() - 4_000)
    const words = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']
    const [, a, b] = /What is (\w+) plus (\w+)/.exec(q.text)!
    const answer = words.indexOf(a) + words.indexOf(b)
    await expectRefused({ ...validEnquiry(), question: q.token, answer: String(answer + 1) }, { altcha: null })
    expect(
      (await submitPublicly({ ...validEnquiry(), question: q.token, answer: String(answer) }, { altcha: null })).status,
    ).toBe(201)
  })

  it('allows 5 messages per network per 10 minutes, then answers 429 and writes nothing', async () => {
    const ip = freshIp()
    for (let i = 0; i < 5; i++)
      expect((await submitPublicly(validEnquiry({ email: `person${i}@example.test` }), { ip })).status).toBe(201)
    const res = await expectRefused(validEnquiry({ email: 'person9@example.test' }), { ip })
    expect(res.status).toBe(429)
    expect(res.body.errors[0].message).toMatch(
      /Too many messages from your network just now; please try again in \d+ minutes?\./,
    )
  })

  it('allows 3 messages per email address per hour, from any network', async () => {
    for (let i = 0; i < 3; i++)
      expect((await submitPublicly(validEnquiry({ email: 'busy@example.test' }))).status).toBe(201)
    const res = await expectRefused(validEnquiry({ email: 'BUSY@example.test' }))
    expect(res.status).toBe(429)
    expect(res.body.errors[0].message).toContain('this email address')
  })

  it('does not count refused submissions against the sender', async () => {
    const ip = freshIp()
    for (let i = 0; i < 6; i++) await expectRefused(validEnquiry({ message: '' }), { ip })
    expect((await submitPublicly(validEnquiry(), { ip })).status).toBe(201)
  })

  it('lets signed-in staff file a notice for someone without the public checks', async () => {
    const res = await rest('POST', 'contact-requests', {
      token: staffToken,
      body: validNotice('/editions/2019', { email: 'by.phone@example.test' }),
    })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
  })
})

describe('what the public may set, and read', () => {
  it('ignores status, reference, resolution, decisions and dates sent by the public', async () => {
    const res = await submitPublicly({
      ...validNotice('/editions/2019'),
      status: 'removed',
      reference: 'R-1999-000001',
      confirmedAt: '2020-01-01T00:00:00.000Z',
      dueAt: '2099-01-01T00:00:00.000Z',
      openRank: 9,
      senderFingerprint: 'mine',
      confirmationTokenHash: 'x'.repeat(64),
      reasons: { facts: 'set by the public' },
      decidedAt: '2020-01-01T00:00:00.000Z',
      urls: [{ url: '/editions/2019', key: 'editions:1', targetCollection: 'pages', contentId: '1' }],
    })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    const doc = await payload.findByID({
      collection: 'contact-requests',
      id: res.body.doc.id,
      overrideAccess: true,
      showHiddenFields: true,
    })
    expect(doc).toMatchObject({ status: 'unconfirmed', openRank: 0 })
    expect(doc.reference).not.toBe('R-1999-000001')
    expect(doc.confirmedAt ?? null).toBeNull()
    expect(doc.dueAt ?? null).toBeNull()
    expect(doc.decidedAt ?? null).toBeNull()
    expect(doc.reasons?.facts ?? null).toBeNull()
    expect(doc.senderFingerprint).not.toBe('mine')
    expect(doc.confirmationTokenHash).not.toBe('x'.repeat(64))
    expect(doc.urls?.[0]).toMatchObject({ targetCollection: 'editions' })
    expect(doc.urls?.[0].key).toMatch(/^editions:/)
    expect(res.body.doc.confirmationTokenHash).toBeUndefined()
  })

  it('denies the public and editors any read of requests, the audit trail and the settings', async () => {
    const editorToken = await login((await createUser(payload, ['editor'])).email, 'correct-horse-battery-staple')
    const { docs } = await payload.find({ collection: 'contact-requests', limit: 1, overrideAccess: true })
    for (const token of [undefined, editorToken]) {
      expect((await rest('GET', 'contact-requests', { token })).status).toBe(403)
      expect((await rest('GET', `contact-requests/${docs[0].id}`, { token })).status).toBe(403)
      expect((await rest('GET', 'takedown-audit', { token })).status).toBe(403)
      expect((await rest('GET', 'globals/takedown-settings', { token })).status).toBe(403)
    }
    expect((await rest('GET', 'globals/takedown-settings', { token: staffToken })).body.hideOnConfirmation).toEqual([
      'copyright',
      'image',
      'personal_data',
    ])
  })
})
