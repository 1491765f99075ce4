// Issue 14: every publish, edit, unpublish, removal and reinstatement purges exactly the affected
// surrogate keys from the shared cache, from the hooks themselves. A recording HTTP server stands
// in for Varnish (CACHE_PURGE_URLS, read when a purge is sent); test/scale/varnish-purge.test.ts
// runs the same against real Varnish.
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createUser, testPayload } from '../helpers/payload'
import { login, rest } from '../helpers/rest'
import { confirmationTokenIn, startMailbox, submitPublicly, validNotice } from '../helpers/takedown'

let payload: Payload
let staffToken: string
let mailbox: Awaited<ReturnType<typeof startMailbox>>
let cache: http.Server
const purges: { at: number; keys: string[] }[] = []

beforeAll(async () => {
  cache = http.createServer((req, res) => {
    if (req.method === 'PURGE') purges.push({ at: Date.now(), keys: String(req.headers.xkey ?? '').split(' ') })
    res.end()
  })
  await new Promise<void>((resolve) => cache.listen(0, '127.0.0.1', resolve))
  process.env.CACHE_PURGE_URLS = `http://127.0.0.1:${(cache.address() as AddressInfo).port}/`
  mailbox = await startMailbox()
  process.env.SMTP_HOST = '127.0.0.1'
  process.env.SMTP_PORT = String(mailbox.port)
  payload = await testPayload()
  staffToken = await login((await createUser(payload, ['staff'])).email, 'correct-horse-battery-staple')
}, 120_000)

afterAll(async () => {
  delete process.env.CACHE_PURGE_URLS
  await mailbox?.close()
  await new Promise((resolve) => cache.close(resolve))
})

/** Waits for a purge naming every one of `keys` sent after `since`; its delay in ms. */
async function purgeOf(keys: string[], since: number, limitMs = 3_000): Promise<number> {
  const deadline = Date.now() + limitMs
  while (Date.now() < deadline) {
    const found = purges.find((p) => p.at >= since && keys.every((k) => p.keys.includes(k)))
    if (found) return found.at - since
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
  throw new Error(
    `no purge of ${keys.join(' ')} within ${limitMs} ms; got ${JSON.stringify(purges.filter((p) => p.at >= since))}`,
  )
}

const reasons = {
  scope: 'The whole page.',
  facts: 'The notifier showed the text is theirs and was published without permission.',
  ground: 'law',
  groundDetail: 'Copyright Law of the PRC art. 10',
}

describe('the change hooks purge the shared cache by surrogate key', () => {
  it('purges a page and the lists on publish, edit, unpublish and a renamed slug', async () => {
    let since = Date.now()
    const page = await payload.create({
      collection: 'pages',
      data: { title: 'Purge probe', slug: 'purge-probe', _status: 'published' } as never,
      overrideAccess: true,
    })
    await purgeOf(['content', 'pages:purge-probe'], since)
    since = Date.now()
    await payload.update({
      collection: 'pages',
      id: page.id,
      data: { title: 'Purge probe, edited' },
      overrideAccess: true,
    })
    await purgeOf(['pages:purge-probe'], since)
    since = Date.now()
    await payload.update({
      collection: 'pages',
      id: page.id,
      data: { slug: 'purge-probe-renamed' } as never,
      overrideAccess: true,
    })
    await purgeOf(['pages:purge-probe', 'pages:purge-probe-renamed'], since)
    since = Date.now()
    await payload.update({
      collection: 'pages',
      id: page.id,
      data: { _status: 'draft' } as never,
      overrideAccess: true,
    })
    await purgeOf(['pages:purge-probe-renamed'], since)
  })

  it('purges the page a removal decision hides, and again when it is reinstated', async () => {
    const page = await payload.create({
      collection: 'pages',
      data: { title: 'Removal probe', slug: 'removal-probe', _status: 'published' } as never,
      overrideAccess: true,
    })
    const email = `purge-notifier-${Date.now()}@example.test`
    // A basis the settings do not hide on confirmation: the decision itself is what hides it.
    const filed = await submitPublicly(validNotice('/removal-probe', { email, basis: 'other', elements: ['text'] }))
    expect(filed.status, JSON.stringify(filed.body)).toBe(201)
    const mail = await mailbox.waitFor((m) => m.to.includes(email))
    expect(
      (await rest('POST', 'contact-requests/confirm', { body: { token: confirmationTokenIn(mail) } })).status,
    ).toBe(200)
    const id = filed.body.doc.id
    expect(
      (await rest('PATCH', `contact-requests/${id}`, { token: staffToken, body: { status: 'in_review' } })).status,
    ).toBe(200)
    let since = Date.now()
    const removed = await rest('PATCH', `contact-requests/${id}`, {
      token: staffToken,
      body: { status: 'removed', reasons },
    })
    expect(removed.status, JSON.stringify(removed.body)).toBe(200)
    const removedAfter = await purgeOf(['content', 'pages:removal-probe'], since)
    since = Date.now()
    const reinstated = await rest('PATCH', `contact-requests/${id}`, {
      token: staffToken,
      body: {
        status: 'reinstated',
        reasons: {
          ...reasons,
          facts: 'The publisher showed a licence for the text.',
          ground: 'not_established',
          groundDetail: undefined,
        },
      },
    })
    expect(reinstated.status, JSON.stringify(reinstated.body)).toBe(200)
    const reinstatedAfter = await purgeOf(['content', 'pages:removal-probe'], since)
    console.log(`  purge sent ${removedAfter} ms after the removal, ${reinstatedAfter} ms after the reinstatement`)
    await payload.delete({ collection: 'pages', id: page.id, overrideAccess: true })
  })
})

describe('upstream: Payload turns req.transactionID into {} (tripwire)', () => {
  // payload/dist/collections/dataloader.js puts the transaction id through JSON.stringify /
  // JSON.parse as part of its batch key and assigns the result back to req.transactionID, so a
  // promise (SQLite without transactions) becomes {}. src/cache/purge.ts transactionSettled
  // treats any object that is not a promise as "no transaction". When this test fails, Payload
  // keeps the id as it was: that branch can go.
  it('replaces a promise with {} after a depth-1 read', async () => {
    const req = await createLocalReq({}, payload)
    req.transactionID = Promise.resolve(null) as never
    const { docs } = await payload.find({ collection: 'editions', limit: 1, depth: 0, overrideAccess: true })
    await payload.findByID({ collection: 'editions', id: docs[0].id, depth: 1, overrideAccess: true, req })
    expect((req.transactionID as unknown) instanceof Promise).toBe(false)
    expect(req.transactionID).toEqual({})
  })
})
