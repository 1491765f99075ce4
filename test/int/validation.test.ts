import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { validEdition } from '../helpers/fixtures'
import { createUser, testPayload } from '../helpers/payload'
import { login, rest } from '../helpers/rest'
import { solvedAltcha } from '../helpers/takedown'

let payload: Payload
let token: string

beforeAll(async () => {
  payload = await testPayload()
  const editor = await createUser(payload, ['editor'])
  token = await login(editor.email, 'correct-horse-battery-staple')
})

/** The field paths a 400 answer names, so each test checks the error points at the right field. */
function errorPaths(body: any): string[] {
  return (body?.errors ?? []).flatMap((e: any) => (e.data?.errors ?? []).map((d: any) => d.path ?? d.field))
}

async function editionCount() {
  return (await payload.count({ collection: 'editions' })).totalDocs
}

const BAD_EDITIONS: [string, Record<string, unknown>, string[]][] = [
  ['missing year and title', { startDate: '2030-01-01', format: 'offline' }, ['year', 'title']],
  ['a year that is not a number', { ...validEdition(2030), year: 'twenty-thirty' }, ['year']],
  ['a year out of range', { ...validEdition(2030), year: 99999 }, ['year']],
  ['an unknown format', { ...validEdition(2030), format: 'telepathic' }, ['format']],
  [
    'an end date before the start date',
    { ...validEdition(2030), startDate: '2030-05-03', endDate: '2030-05-01' },
    ['endDate'],
  ],
  [
    'a host role that does not exist',
    { ...validEdition(2030), hosts: [{ organization: 1, role: 'sponsor' }] },
    ['hosts.0.role'],
  ],
  [
    'a source URL that is not a web address',
    { ...validEdition(2030), sources: [{ title: 'x', url: 'javascript:alert(1)' }] },
    ['sources.0.url'],
  ],
  ['a title far too long', { ...validEdition(2030), title: 'x'.repeat(5000) }, ['title']],
]

describe('bad input is answered with a clear 400 and nothing is written', () => {
  for (const [label, data, paths] of BAD_EDITIONS) {
    it(`refuses an edition with ${label}`, async () => {
      const before = await editionCount()
      const res = await rest('POST', 'editions', { token, body: { ...data, _status: 'published' } })
      expect(res.status).toBe(400)
      expect(res.body.errors?.[0]?.message).toBeTruthy()
      for (const path of paths) expect(errorPaths(res.body)).toContain(path)
      expect(await editionCount()).toBe(before)
    })
  }

  it('refuses a second edition for a year that already has one', async () => {
    const before = await editionCount()
    const res = await rest('POST', 'editions', { token, body: { ...validEdition(2019), _status: 'published' } })
    expect(res.status).toBe(400)
    expect(errorPaths(res.body)).toContain('year')
    expect(await editionCount()).toBe(before)
  })

  it('refuses a duplicate organization slug', async () => {
    const res = await rest('POST', 'organizations', { token, body: { name: 'Huawei', kind: 'company' } })
    expect(res.status).toBe(400)
    expect(errorPaths(res.body)).toContain('slug')
  })

  it('refuses a page whose address belongs to a section of the site', async () => {
    const res = await rest('POST', 'pages', { token, body: { title: 'Editions', slug: 'editions' } })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body)).toMatch(/already a section of the site/)
  })

  it('refuses a contact request without an email or message', async () => {
    const before = (await payload.count({ collection: 'contact-requests' })).totalDocs
    const res = await rest('POST', 'contact-requests', {
      body: { name: 'X', email: 'not-an-email', subject: 'hi', altcha: await solvedAltcha() },
    })
    expect(res.status).toBe(400)
    expect(errorPaths(res.body)).toEqual(expect.arrayContaining(['email', 'message']))
    expect((await payload.count({ collection: 'contact-requests' })).totalDocs).toBe(before)
  })

  it('answers malformed JSON with a 4xx, not a crash', async () => {
    const res = await rest('POST', 'editions', { token, body: '{"year": 2031,' })
    expect(res.status).toBeGreaterThanOrEqual(400)
    expect(res.status).toBeLessThan(500)
  })

  it('normalises a typed slug instead of refusing it', async () => {
    const res = await rest('POST', 'editions', {
      token,
      body: { ...validEdition(2033), slug: 'Not A Slug!', _status: 'published' },
    })
    expect(res.status).toBe(201)
    expect(res.body.doc.slug).toBe('not-a-slug')
  })

  it('fills the slug from the title when it is left empty', async () => {
    const res = await rest('POST', 'editions', {
      token,
      body: { ...validEdition(2032), slug: '', title: 'Smart China Expo 2032', _status: 'published' },
    })
    expect(res.status).toBe(201)
    expect(res.body.doc.slug).toBe('smart-china-expo-2032')
  })
})
