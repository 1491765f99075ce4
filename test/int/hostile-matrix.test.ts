// Issue 14 §4: every field of both public forms × every hostile value, over every public write
// path — REST (as the public, with a solved challenge), GraphQL (as staff filing on someone's
// behalf, the one caller that may create through it: the public cannot pass a challenge there),
// and the two forms' handlers (contact, removal). Each must be refused, and no collection may
// gain a row. The random sample in hostile-input.test.ts stays; this one leaves nothing out.
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { enquiryFrom, removalNoticeFrom } from '../../src/takedown/formInput'
import { fileContactRequest } from '../../src/takedown/submit'
import { UNSTORABLE, WRONG_TYPES } from '../helpers/hostileValues'
import { createUser, testPayload } from '../helpers/payload'
import { graphql, login, rest } from '../helpers/rest'
import { freshIp, resetRateLimits, solvedAltcha, validEnquiry, validNotice } from '../helpers/takedown'

/** FormData holds USVStrings: a browser has already turned lone surrogates into U+FFFD. */
const UNSTORABLE_IN_FORMS = UNSTORABLE.filter((s) => !/[\ud800-\udfff]/.test(s))
const HOSTILE = [...WRONG_TYPES, ...UNSTORABLE]

const ENQUIRY_FIELDS = ['name', 'email', 'subject', 'message', 'pageUrl', 'organization'] as const
const NOTICE_FIELDS = [
  'name',
  'email',
  'organization',
  'phone',
  'postalAddress',
  'relationship',
  'authority',
  'basis',
  'urls',
  'elements',
  'originalWork',
  'originalWorkUrl',
  'explanation',
  'requestedAction',
  'signature',
] as const
/** Optional fields: left empty or null they are absent, not hostile. */
const OPTIONAL = new Set(['organization', 'pageUrl', 'phone', 'postalAddress', 'authority', 'originalWorkUrl'])
const absent = (field: string, value: unknown) => OPTIONAL.has(field) && (value === null || value === '')

let payload: Payload
let staffToken: string

/** Rows in every collection, versions and jobs included. */
async function rowsEverywhere(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {}
  for (const { slug } of payload.config.collections)
    counts[slug] = (await payload.count({ collection: slug as never, overrideAccess: true })).totalDocs
  return counts
}

/**
 * Nothing gained anywhere. Emails queued before may only have gone out meanwhile: a finished job
 * is removed, logs its email in the request's history and, without a mail server, leaves its
 * message in the Outbox.
 */
function expectNoNewRows(before: Record<string, number>, after: Record<string, number>) {
  const { 'payload-jobs': jobsBefore, outbox: outboxBefore, 'takedown-mail': sentBefore, ...restBefore } = before
  const { 'payload-jobs': jobsAfter, outbox: outboxAfter, 'takedown-mail': sentAfter, ...restAfter } = after
  expect(restAfter).toEqual(restBefore)
  expect(jobsAfter).toBeLessThanOrEqual(jobsBefore)
  expect(outboxAfter - outboxBefore).toBeLessThanOrEqual(jobsBefore - jobsAfter)
  expect(sentAfter - sentBefore).toBeLessThanOrEqual(jobsBefore - jobsAfter)
}

/** The notice with one field replaced; a list field gets the value where its entry would be. */
function noticeWith(field: string, value: unknown): Record<string, unknown> {
  const notice = validNotice('/editions/2019', { email: `hostile-${Math.random().toString(36).slice(2)}@example.test` })
  if (field === 'urls') return { ...notice, urls: [{ url: value }] }
  if (field === 'elements') return { ...notice, elements: [value] }
  return { ...notice, [field]: value }
}

beforeAll(async () => {
  payload = await testPayload()
  staffToken = await login((await createUser(payload, ['staff'])).email, 'correct-horse-battery-staple')
}, 120_000)

const cases = [
  ...ENQUIRY_FIELDS.map((field) => ({ kind: 'enquiry' as const, field })),
  ...NOTICE_FIELDS.map((field) => ({ kind: 'removal' as const, field })),
]
const dataFor = (kind: 'enquiry' | 'removal', field: string, value: unknown) =>
  kind === 'enquiry' ? { ...validEnquiry(), [field]: value } : noticeWith(field, value)

describe('every field × every hostile value × every public write path is refused and writes nothing', () => {
  it('REST, as the public with a solved challenge', async () => {
    const before = await rowsEverywhere()
    const accepted: string[] = []
    let sent = 0
    for (const { kind, field } of cases)
      for (const value of HOSTILE) {
        if (absent(field, value)) continue
        await resetRateLimits()
        const res = await rest('POST', 'contact-requests', {
          body: { ...dataFor(kind, field, value), altcha: await solvedAltcha() },
          headers: { 'x-forwarded-for': freshIp() },
        })
        sent++
        if (res.status < 400 || res.status >= 500)
          accepted.push(`${kind}.${field}=${JSON.stringify(value)?.slice(0, 40)} → ${res.status}`)
      }
    console.log(`  REST: ${sent} hostile submissions sent`)
    expect(accepted).toEqual([])
    expectNoNewRows(before, await rowsEverywhere())
  }, 300_000)

  it('GraphQL, as staff filing on behalf of someone', async () => {
    const before = await rowsEverywhere()
    const accepted: string[] = []
    let sent = 0
    for (const { kind, field } of cases)
      for (const value of HOSTILE) {
        if (absent(field, value)) continue
        const res = await graphql(
          'mutation ($data: mutationContactRequestInput!) { createContactRequest(data: $data) { id } }',
          {
            token: staffToken,
            variables: { data: { status: 'received', ...dataFor(kind, field, value) } },
          },
        )
        sent++
        if (res.body.data?.createContactRequest?.id || !res.body.errors?.length || res.status >= 500)
          accepted.push(
            `${kind}.${field}=${JSON.stringify(value)?.slice(0, 40)} → ${res.status} ${JSON.stringify(res.body).slice(0, 120)}`,
          )
      }
    console.log(`  GraphQL: ${sent} hostile submissions sent`)
    expect(accepted).toEqual([])
    expectNoNewRows(before, await rowsEverywhere())
    // The same mutation with clean data is accepted: the refusals above are the values' doing.
    const clean = await graphql(
      'mutation ($data: mutationContactRequestInput!) { createContactRequest(data: $data) { id } }',
      {
        token: staffToken,
        variables: { data: { status: 'received', ...validEnquiry() } },
      },
    )
    expect(clean.body.errors, JSON.stringify(clean.body)).toBeUndefined()
    expect(clean.body.data.createContactRequest.id).toBeTruthy()
  }, 300_000)

  it('the contact and removal forms, as the public', async () => {
    const before = await rowsEverywhere()
    const accepted: string[] = []
    let sent = 0
    for (const { kind, field } of cases)
      for (const value of UNSTORABLE_IN_FORMS) {
        const form = new FormData()
        const data = dataFor(kind, field, value) as Record<string, unknown>
        for (const [key, v] of Object.entries(data)) {
          if (key === 'urls') form.set('urls', (v as { url: string }[]).map((u) => u.url).join('\n'))
          else if (key === 'elements') for (const e of v as string[]) form.append('elements', e)
          else if (typeof v === 'boolean') {
            if (v) form.set(key, 'on')
          } else if (v !== undefined && v !== null) form.set(key, String(v))
        }
        form.set('altcha', await solvedAltcha())
        await resetRateLimits()
        const result = await fileContactRequest(
          kind === 'enquiry' ? enquiryFrom(form) : removalNoticeFrom(form),
          freshIp(),
        )
        sent++
        if (result.ok) accepted.push(`${kind} form ${field}=${JSON.stringify(value)}`)
      }
    console.log(`  forms: ${sent} hostile submissions sent`)
    expect(accepted).toEqual([])
    expectNoNewRows(before, await rowsEverywhere())
  }, 300_000)
})
