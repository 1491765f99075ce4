import type { Payload } from 'payload'
import { beforeAll, describe, expect, it, vi } from 'vitest'

import { testPayload } from '../helpers/payload'

// Stand-in for Next's data cache: the content stamp stays the same until a test "revalidates"
// it, which is what the collection hooks do through revalidateTag on a real server.
const cache = vi.hoisted(() => ({ stamp: 1 }))
vi.mock('next/cache', () => ({
  unstable_cache: (fn: () => Promise<unknown>, keys: string[]) =>
    keys[0] === 'site:content-generation' ? async () => `stamp-${cache.stamp}` : fn,
  revalidateTag: () => {},
  revalidatePath: () => {},
}))

const { searchContent } = await import('../../src/site/search')

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
})

describe('the in-memory search index', () => {
  it('serves searches from memory until the content stamp changes, then sees the change', async () => {
    expect((await searchContent('quokka')).total).toBe(0)
    await payload.create({
      collection: 'organizations',
      data: { name: 'Quokka Robotics', slug: 'quokka-robotics', kind: 'company', _status: 'published' },
      context: { disableRevalidate: true },
    })
    // Same stamp: the index built before the change answers (no database read per search).
    expect((await searchContent('quokka')).total).toBe(0)
    cache.stamp++
    expect((await searchContent('quokka')).hits.map((h) => h.url)).toEqual(['/organizations/quokka-robotics'])
  })

  it('describes each result in the language searched in, as the pages do', async () => {
    const en = (await searchContent('quokka', 1, 'en')).hits[0]
    const zh = (await searchContent('quokka', 1, 'zh')).hits[0]
    expect(en.subtitle).toContain('Company')
    expect(zh.subtitle).toContain('企业')
    expect(zh.subtitle).not.toContain('Company')
    const edition = (await searchContent('2019', 1, 'zh')).hits.find((hit) => hit.url === '/zh/editions/2019')
    expect(edition?.subtitle).toMatch(/线下|线上/)
    expect(edition?.subtitle).not.toMatch(/In person|Online/)
  })
})
