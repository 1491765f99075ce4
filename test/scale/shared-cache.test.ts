import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  type Instance,
  PORTS,
  prepare,
  startInstance,
  stopInstance,
  connectTestRedis,
  TEST_REDIS_URL,
} from './instances'
import { Api, getText, timeUntil } from '../e2e/api'

// Two production instances on one database. With REDIS_URL they share Next's cache and the
// rate-limit counters, so what an editor does through one is what visitors of the other see;
// without it, each keeps its own cache in memory and the other serves the old page.

let redis: Awaited<ReturnType<typeof connectTestRedis>>
const runPrefix = `expo-archive-scale-${process.pid}-${Date.now()}:`

beforeAll(async () => {
  try {
    redis = await connectTestRedis()
  } catch (err) {
    throw new Error(
      `this suite needs a Redis server at TEST_REDIS_URL=${TEST_REDIS_URL} (.ci/run starts one): ${(err as Error).message}`,
    )
  }
  prepare()
})

afterAll(async () => {
  if (!redis.isOpen) return
  for await (const key of redis.scanIterator({ MATCH: `${runPrefix}*`, COUNT: 1000 })) await redis.del(key)
  await redis?.quit()
})

function edition(year: number) {
  const title = `Smart China Expo ${year} (several instances check)`
  return {
    title,
    draft: {
      year,
      title,
      startDate: `${year}-08-20T12:00:00.000Z`,
      format: 'online',
      city: 'Chongqing',
      _status: 'draft',
    },
  }
}

/** Whether `instance` shows the edition on its page, in the list and in search. */
async function shownOn(instance: Instance, year: number, title: string): Promise<boolean[]> {
  const [page, list, search] = await Promise.all([
    getText(`${instance.url}/editions/${year}`),
    getText(`${instance.url}/editions`),
    getText(`${instance.url}/search?q=instances`),
  ])
  return [
    page.status === 200 && page.text.includes(title),
    list.text.includes(title),
    search.text.includes(`href="/editions/${year}"`),
  ]
}

/** Whether `instance`'s public API (REST and GraphQL, anonymous: answered from its copies between changes) lists the edition. */
async function apiShows(instance: Instance, title: string): Promise<boolean[]> {
  const [rest, graphql] = await Promise.all([
    getText(`${instance.url}/api/editions?depth=0&limit=100`),
    fetch(`${instance.url}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ Editions(limit: 100) { docs { title } } }' }),
    }).then((res) => res.text()),
  ])
  return [rest.text.includes(title), graphql.includes(title)]
}

/** Form posts as the proxy counts them (before the body is read), from one client address. */
async function formPost(instance: Instance): Promise<number> {
  const res = await fetch(`${instance.url}/api/contact-requests`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': '203.0.113.9' },
    body: '{}',
  })
  await res.arrayBuffer()
  return res.status
}

describe('with REDIS_URL: two instances share the cache and the limits', () => {
  const { title, draft } = edition(2041)
  const env = { REDIS_URL: TEST_REDIS_URL, REDIS_KEY_PREFIX: `${runPrefix}shared:` }
  let a: Instance
  let b: Instance
  let api: Api
  let id: number

  beforeAll(async () => {
    ;[a, b] = await Promise.all([startInstance(PORTS[0], env), startInstance(PORTS[1], env)])
    api = new Api(a.url)
    await api.signIn('scale-admin@example.test', 'scale-admin-password-1')
  })
  afterAll(async () => {
    await Promise.all([stopInstance(a), stopInstance(b)])
  })

  it('keeps Next’s cache in Redis, under the configured prefix', async () => {
    // Warm B's page, list and search while the edition is a draft made on A.
    id = (await api.request('POST', 'editions?draft=true', draft)).doc.id
    expect(await shownOn(b, draft.year, title)).toEqual([false, false, false])
    expect(await apiShows(b, title)).toEqual([false, false])
    const keys = await redis.keys(`${env.REDIS_KEY_PREFIX}next:*`)
    expect(keys.length).toBeGreaterThan(0)
  })

  it('shows an edition published on A on B’s page, list and search within 1 s', async () => {
    await api.request('PATCH', `editions/${id}`, { _status: 'published' })
    const elapsed = await timeUntil(async () =>
      [...(await shownOn(b, draft.year, title)), ...(await apiShows(b, title))].every(Boolean),
    )
    console.log(`  publish on A → visible on B (pages and API): ${elapsed.toFixed(0)} ms`)
    expect(elapsed).toBeLessThan(1_000)
  })

  it('shows an edit made on A on B within 1 s', async () => {
    await api.request('PATCH', `editions/${id}`, { title: `${title} edited` })
    const elapsed = await timeUntil(async () =>
      (await getText(`${b.url}/editions/${draft.year}`)).text.includes(`${title} edited`),
    )
    console.log(`  edit on A → visible on B: ${elapsed.toFixed(0)} ms`)
    expect(elapsed).toBeLessThan(1_000)
  })

  it('takes an edition unpublished on A off B within 1 s', async () => {
    await api.request('PATCH', `editions/${id}`, { _status: 'draft' })
    const elapsed = await timeUntil(async () =>
      [...(await shownOn(b, draft.year, title)), ...(await apiShows(b, title))].every((shown) => !shown),
    )
    console.log(`  unpublish on A → gone from B (pages and API): ${elapsed.toFixed(0)} ms`)
    expect(elapsed).toBeLessThan(1_000)
    expect((await getText(`${b.url}/editions/${draft.year}`)).status).toBe(404)
  })

  it('counts form posts to A and B against one budget of 30 per address', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 30; i++) statuses.push(await formPost(i % 2 ? b : a))
    expect(statuses).not.toContain(429)
    expect(await formPost(b)).toBe(429)
    expect(await formPost(a)).toBe(429)
  })
})

describe('without REDIS_URL: each instance caches on its own', () => {
  const { title, draft } = edition(2042)
  let a: Instance
  let b: Instance
  let api: Api

  beforeAll(async () => {
    ;[a, b] = await Promise.all([startInstance(PORTS[0]), startInstance(PORTS[1])])
    api = new Api(a.url)
    await api.signIn('scale-admin@example.test', 'scale-admin-password-1')
  })
  afterAll(async () => {
    await Promise.all([stopInstance(a), stopInstance(b)])
  })

  it('shows an edition published on A on A at once, while B keeps serving its cached pages', async () => {
    const { id } = (await api.request('POST', 'editions?draft=true', draft)).doc
    expect(await shownOn(b, draft.year, title)).toEqual([false, false, false])
    await api.request('PATCH', `editions/${id}`, { _status: 'published' })
    // A's own freshness is the single-server suite's business (test/e2e/freshness.test.ts);
    // here it only has to happen, so that B's staleness below is not a slow publish.
    const onA = await timeUntil(async () => (await shownOn(a, draft.year, title)).every(Boolean))
    console.log(`  publish on A → visible on A: ${onA.toFixed(0)} ms`)
    expect(onA).toBeLessThan(5_000)
    // B never heard of the change: its list and search stay as they were. Only a revalidation
    // on B itself, or a restart, refreshes them.
    const stillStale = await timeUntil(async () => (await shownOn(b, draft.year, title)).slice(1).some(Boolean), 3_000)
    console.log(
      `  publish on A → visible on B without Redis: ${Number.isFinite(stillStale) ? `${stillStale.toFixed(0)} ms` : 'not within 3 s'}`,
    )
    expect(stillStale).toBe(Number.POSITIVE_INFINITY)
  })

  it('still drops B’s copies of API answers within 1 s: the content stamp travels through the database', async () => {
    // Warm B's copies of the API reads (they live up to a minute while the stamp is unchanged).
    await apiShows(b, title)
    const { id } = (await api.request('GET', `editions?where[year][equals]=${draft.year}&depth=0`)).docs[0]
    await api.request('PATCH', `editions/${id}`, { _status: 'draft' })
    const elapsed = await timeUntil(async () => (await apiShows(b, title)).every((shown) => !shown))
    console.log(`  unpublish on A → gone from B's API without Redis: ${elapsed.toFixed(0)} ms`)
    expect(elapsed).toBeLessThan(1_000)
  })

  it('gives each instance its own budget of form posts', async () => {
    for (let i = 0; i < 30; i++) expect(await formPost(a)).not.toBe(429)
    expect(await formPost(a)).toBe(429)
    expect(await formPost(b)).not.toBe(429)
  })
})
