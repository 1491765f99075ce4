import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import { beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { mediaDir } from '../../src/config/paths'
import { enquiryFrom } from '../../src/takedown/formInput'
import { fileContactRequest } from '../../src/takedown/submit'
import { pngFile, validEdition } from '../helpers/fixtures'
import { UNSTORABLE, WRONG_TYPES } from '../helpers/hostileValues'
import { createUser, testPayload } from '../helpers/payload'
import { graphql, login, rest } from '../helpers/rest'
import { freshIp, resetRateLimits, solvedAltcha, validEnquiry } from '../helpers/takedown'

// Hostile input against the public doors (POST /api/contact-requests, the contact form's
// handler) and the read API. Deterministic: a small seeded generator (mulberry32, ten lines, so
// no dependency), seed printed; rerun a failure with FUZZ_SEED=<seed>.

const SEED = Number(process.env.FUZZ_SEED ?? 0x7b7b)
const ROUNDS = Number(process.env.FUZZ_ROUNDS ?? 15)
console.log(`hostile-input fuzz: seed ${SEED} (FUZZ_SEED), ${ROUNDS} rounds (FUZZ_ROUNDS)`)

function mulberry32(seed: number) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
const random = mulberry32(SEED)
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]

/** Text that is legitimate and must come back exactly as sent, inert. */
const ODD_BUT_FINE = ['👩‍💻 Ünïcödé ✓', 'abc\u202edcba', '\u200bzero\u200dwidth', 'مرحبا بالعالم', '重庆智博会']
const MARKUP = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "javascript:alert('x')",
  '<svg/onload=alert(1)>',
  "' OR 1=1 --",
  '{{constructor.constructor("alert(1)")()}}',
]
const TEXT_FIELDS = ['name', 'email', 'subject', 'message', 'pageUrl', 'organization'] as const

let payload: Payload
const countRequests = async () =>
  (await payload.count({ collection: 'contact-requests', overrideAccess: true })).totalDocs

beforeAll(async () => {
  payload = await testPayload()
})
// The per-address and per-email limits are tested elsewhere; here each probe must meet the validators.
beforeEach(() => resetRateLimits())

describe('public submissions under hostile input', () => {
  it('refuses wrong types and unstorable text with a 4xx and stores nothing', async () => {
    const outcomes: string[] = []
    for (let round = 0; round < ROUNDS; round++) {
      const field = pick(TEXT_FIELDS)
      const value = random() < 0.5 ? pick(WRONG_TYPES) : pick(UNSTORABLE)
      resetRateLimits()
      const before = await countRequests()
      const res = await rest('POST', 'contact-requests', {
        body: { ...validEnquiry(), [field]: value, altcha: await solvedAltcha() },
        headers: { 'x-forwarded-for': freshIp() },
      })
      const written = (await countRequests()) - before
      // An optional field may be left empty or null: that is not hostile, it is absent.
      const absent = (value === null || value === '') && (field === 'pageUrl' || field === 'organization')
      if (absent) continue
      if (res.status < 400 || res.status >= 500 || written !== 0)
        outcomes.push(
          `round ${round}: ${field}=${JSON.stringify(value).slice(0, 60)} → ${res.status}, ${written} written`,
        )
    }
    expect(outcomes).toEqual([])
  })

  it('keeps legitimate odd text and markup exactly as sent (stored inert, rendered escaped by React)', async () => {
    for (let round = 0; round < 8; round++) {
      const text = `${pick(ODD_BUT_FINE)} ${pick(MARKUP)}`
      resetRateLimits()
      const res = await rest('POST', 'contact-requests', {
        body: {
          ...validEnquiry(),
          subject: text.slice(0, 200),
          message: `${text} — and a question.`,
          altcha: await solvedAltcha(),
        },
        headers: { 'x-forwarded-for': freshIp() },
      })
      expect(res.status, JSON.stringify(res.body)).toBe(201)
      const stored = await payload.findByID({
        collection: 'contact-requests',
        id: res.body.doc.id,
        overrideAccess: true,
      })
      expect(stored.subject).toBe(text.slice(0, 200))
      expect(stored.message).toBe(`${text} — and a question.`)
    }
  })

  it('answers an oversized, a deeply nested and a malformed body with a 4xx, writing nothing', async () => {
    const before = await countRequests()
    const bodies: [string, string][] = [
      [
        '5 MB message',
        JSON.stringify({ ...validEnquiry(), message: 'x'.repeat(5 * 1024 * 1024), altcha: await solvedAltcha() }),
      ],
      // Written by hand: JSON.stringify itself runs out of stack on this.
      [
        '10 000 levels of nesting',
        `{"name":"Li","email":"li@example.test","subject":"s","message":${'{"n":'.repeat(10_000)}"x"${'}'.repeat(10_000)}}`,
      ],
      ['broken JSON', '{"name": "Li", "email": '],
      ['a JSON array', JSON.stringify([validEnquiry()])],
      [
        'prototype pollution',
        `{"__proto__": {"status": "answered", "isAdmin": true}, "constructor": {"prototype": {"x": 1}}, "name": "P"}`,
      ],
    ]
    for (const [label, body] of bodies) {
      const res = await rest('POST', 'contact-requests', { body, headers: { 'x-forwarded-for': freshIp() } })
      expect(res.status, label).toBeGreaterThanOrEqual(400)
      expect(res.status, label).toBeLessThan(500)
    }
    expect(await countRequests()).toBe(before)
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined()
  })

  it('the contact form handler refuses the same hostile values without throwing', async () => {
    const before = await countRequests()
    for (let round = 0; round < 10; round++) {
      const form = new FormData()
      for (const [key, value] of Object.entries(validEnquiry())) form.set(key, String(value))
      // FormData holds USVStrings: a lone surrogate is already U+FFFD here, as in a browser; control characters are not.
      form.set(
        pick(['name', 'email', 'subject', 'message']),
        pick(UNSTORABLE.filter((s) => !/[\ud800-\udfff]/.test(s))),
      )
      form.set('altcha', await solvedAltcha())
      resetRateLimits()
      const result = await fileContactRequest(enquiryFrom(form), freshIp())
      expect(result.ok).toBe(false)
    }
    expect(await countRequests()).toBe(before)
  })
})

describe('query operators cannot reach hidden, draft or personal data', () => {
  let editorToken = ''
  beforeAll(async () => {
    const editor = await createUser(payload, ['editor'])
    editorToken = await login(editor.email, 'correct-horse-battery-staple')
    await payload.create({
      collection: 'editions',
      data: { ...validEdition(2190), title: 'DRAFT-MARKER', _status: 'draft' },
      draft: true,
      overrideAccess: true,
    })
    const hidden = await payload.create({
      collection: 'editions',
      data: { ...validEdition(2191), title: 'HIDDEN-MARKER', _status: 'published' },
      overrideAccess: true,
    })
    await payload.db.updateOne({ collection: 'editions', id: hidden.id, data: { takedown: { hidden: true } } })
    await payload.create({
      collection: 'contact-requests',
      data: validEnquiry({ email: 'where-marker@example.test' }) as never,
      overrideAccess: true,
      context: { trustedServer: true },
    })
  })

  const probes = [
    'editions?where[_status][equals]=draft&draft=true',
    'editions?where[_status][not_equals]=published',
    'editions?where[takedown.hidden][equals]=true',
    'editions?where[or][0][takedown.hidden][equals]=true&where[or][1][takedown.hidden][exists]=true',
    'editions?where[title][like]=MARKER',
    'contact-requests?where[email][exists]=true',
    'contact-requests?where[email][like]=where-marker',
    'users?where[email][like]=@',
    'users?where[roles][in]=admin',
    'takedown-audit?where[id][exists]=true',
    'editions/versions?where[version.title][like]=MARKER',
    'editions?where[year][in][$gt]=0',
    "editions?where[title][equals]=' OR 1=1 --",
    // Both used to answer 500 (invalid SQL); now a 400 from src/hooks/refuseIllTypedWhere.ts (where-operators.test.ts).
    'editions?where[year][near]=1,2,3',
    'editions?where[year][like][0][1][2]=x',
    'editions?sort=-_status&where[__proto__][polluted]=1',
  ]

  it('the public gets no marker and no server error from any probe', async () => {
    const leaks: string[] = []
    for (const probe of probes) {
      const res = await rest('GET', probe)
      if (res.status >= 500) leaks.push(`${probe} → ${res.status}`)
      if (/MARKER|where-marker|@example\.test/.test(JSON.stringify(res.body)))
        leaks.push(`${probe} leaks ${JSON.stringify(res.body).slice(0, 300)}`)
    }
    expect(leaks).toEqual([])
  })

  // Was a hole: with draft=true Payload reads the latest version rows, whose takedown copy the
  // workflow does not keep current. The read rule now names hidden items by id (see
  // src/access/publicContent.ts); test/int/draft-visibility.test.ts covers every API and collection.
  it('draft=true does not show the public a taken-down item', async () => {
    for (const probe of [
      'editions?where[or][0][_status][equals]=draft&where[or][1][_status][equals]=published&draft=true',
      'editions?where[and][0][or][0][year][greater_than]=0&where[and][0][or][1][_status][exists]=false&draft=true',
      'editions?draft=true',
    ]) {
      const res = await rest('GET', probe)
      expect(res.status, probe).toBe(200)
      expect(JSON.stringify(res.body), probe).not.toMatch(/HIDDEN-MARKER/)
    }
  })

  it('an editor gets no request data, no other account, and no hidden item through the public list', async () => {
    for (const probe of ['contact-requests?where[email][exists]=true', 'takedown-audit?where[id][exists]=true']) {
      expect((await rest('GET', probe, { token: editorToken })).status).toBe(403)
    }
    const users = await rest('GET', 'users?where[email][like]=@&limit=100', { token: editorToken })
    expect(users.body.docs).toHaveLength(1)
  })

  it('GraphQL where and draft arguments reveal nothing to the public', async () => {
    const res = await graphql(
      '{ Editions(draft: true, where: { OR: [{ _status: { equals: draft } }, { takedown__hidden: { equals: true } }] }) { docs { title } } }',
    )
    expect(JSON.stringify(res.body)).not.toMatch(/MARKER/)
    // The probe ran: no validation error, a list came back.
    expect(res.body.errors ?? []).toEqual([])
    expect(Array.isArray(res.body.data.Editions.docs)).toBe(true)
    const personal = await graphql(
      '{ ContactRequests(where: { name: { like: "a" } }) { docs { email } } Users { docs { email } } }',
    )
    // Executed and refused by access control (errors with a path, data present), not rejected
    // while validating (which would prove nothing about the data).
    expect(personal.body.data, JSON.stringify(personal.body.errors)).toBeDefined()
    expect(personal.body.errors?.length).toBe(2)
    for (const error of personal.body.errors)
      expect(error.path?.[0], error.message).toMatch(/^(ContactRequests|Users)$/)
    expect(JSON.stringify(personal.body.data ?? {})).not.toMatch(/@example\.test/)
  })

  // Was a hole: this blocked the event loop for minutes. The depth limit (src/graphql/queryLimits.ts)
  // refuses it while validating; test/int/graphql-limits.test.ts covers fragments and sizes.
  it('a deeply nested GraphQL query is refused before it runs', async () => {
    let query = 'id'
    for (let i = 0; i < 40; i++) query = `hostedEditions { docs { hosts { organization { ${query} } } } }`
    const started = Date.now()
    const res = await graphql(`{ Organizations { docs { ${query} } } }`, {
      headers: { Accept: 'application/graphql-response+json' },
    })
    expect(Date.now() - started).toBeLessThan(2_000)
    expect(res.status).toBe(400)
    expect(res.body.errors?.[0]?.message).toMatch(/depth/)
  })
})

describe('upload names cannot escape the upload folder', () => {
  it('a file named ../../../x is stored under a plain name inside the media folder', async () => {
    const editor = await createUser(payload, ['editor'])
    const token = await login(editor.email, 'correct-horse-battery-staple')
    const names = [
      '../../../escape-a.png',
      '..\\..\\escape-b.png',
      '/etc/escape-c.png',
      'a/../../escape-d.png',
      '%2e%2e%2fescape-e.png',
    ]
    const root = path.resolve(mediaDir())
    for (const name of names) {
      const file = await pngFile()
      const form = new FormData()
      form.append('file', new Blob([new Uint8Array(file.data)], { type: 'image/png' }), name)
      form.append('_payload', JSON.stringify({ alt: 'traversal probe' }))
      const res = await rest('POST', 'media', { body: form, token })
      // Accepted under a cleaned name (cleanUploadFilename), stored inside the media folder.
      expect(res.status, `${name}: ${JSON.stringify(res.body)}`).toBe(201)
      const stored: string = res.body.doc.filename
      expect(stored, name).not.toMatch(/[/\\\u0000]|\.\./)
      expect(fs.existsSync(path.join(root, stored)), name).toBe(true)
    }
    for (const escaped of ['escape-a.png', 'escape-b.png', 'escape-d.png', 'escape-e.png']) {
      expect(fs.existsSync(path.resolve(root, '..', escaped))).toBe(false)
      expect(fs.existsSync(path.resolve(root, '../..', escaped))).toBe(false)
    }
    expect(fs.existsSync('/etc/escape-c.png')).toBe(false)
  })
})

describe('SVG uploads (issue 19)', () => {
  it('serves an uploaded SVG as a download, with the script-free CSP Payload adds, and a PNG inline', async () => {
    const payload = await testPayload()
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10" fill="#c00"/></svg>'
    const media = await payload.create({
      collection: 'media',
      data: { alt: 'A red square' },
      file: { data: Buffer.from(svg), mimetype: 'image/svg+xml', name: `square-${Date.now()}.svg`, size: svg.length },
      overrideAccess: true,
    })
    const res = await rest('GET', `media/file/${media.filename}`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^image\/svg\+xml/)
    expect(res.headers.get('content-disposition')).toBe('attachment')
    expect(res.headers.get('content-security-policy')).toMatch(/script-src 'none'/)
    const png = await pngFile()
    const picture = await payload.create({
      collection: 'media',
      data: { alt: 'A picture' },
      file: { data: png.data, mimetype: 'image/png', name: `picture-${Date.now()}.png`, size: png.data.length },
      overrideAccess: true,
    })
    expect((await rest('GET', `media/file/${picture.filename}`)).headers.get('content-disposition')).toBeNull()
  })
})
