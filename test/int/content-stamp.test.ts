// Issue 18: every instance learns of a public content change made on any other through the
// database they share (src/cache/contentStamp.ts), which is what lets the server keep copies of
// search results and API answers for a minute and still drop them within the 1 s promise.
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { contentConfirmedAt, publicContentGeneration } from '../../src/cache/contentGeneration'
import { watchContentStamp } from '../../src/cache/contentStamp'
import { testPayload } from '../helpers/payload'

const until = async (check: () => boolean | Promise<boolean>, limitMs = 2_000) => {
  const started = Date.now()
  while (Date.now() - started < limitMs) {
    if (await check()) return Date.now() - started
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
  throw new Error(`not within ${limitMs} ms`)
}

describe('the content stamp all instances share', () => {
  let payload: Payload
  let stop: () => void

  beforeAll(async () => {
    payload = await testPayload()
    stop = watchContentStamp(payload, 25)
    await until(() => contentConfirmedAt() > 0)
  })
  afterAll(() => stop?.())

  it('confirms the copies current on every read of an unchanged stamp', async () => {
    const before = contentConfirmedAt()
    const generation = publicContentGeneration()
    await until(() => contentConfirmedAt() > before)
    expect(publicContentGeneration()).toBe(generation)
  })

  it('drops this instance’s copies when another instance moves the stamp', async () => {
    const generation = publicContentGeneration()
    await payload.kv.set('public-content-stamp', { stamp: 'written-by-another-instance', at: Date.now() })
    const elapsed = await until(() => publicContentGeneration() > generation)
    expect(elapsed).toBeLessThan(500)
  })

  it('is moved by a publish through the change hooks, after the write', async () => {
    const before = await payload.kv.get<{ stamp: string }>('public-content-stamp')
    const edition = await payload.find({ collection: 'editions', limit: 1, depth: 0, overrideAccess: true })
    await payload.update({
      collection: 'editions',
      id: edition.docs[0].id,
      data: { title: `${edition.docs[0].title} (stamp check)` },
      overrideAccess: true,
    })
    await until(async () => (await payload.kv.get<{ stamp: string }>('public-content-stamp'))?.stamp !== before?.stamp)
  })
})
