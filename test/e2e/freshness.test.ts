import { beforeAll, describe, expect, inject, it } from 'vitest'

import { Api, getText, timeUntil } from './api'

const baseUrl = inject('baseUrl')
const api = new Api(baseUrl)

beforeAll(async () => {
  await api.signIn()
})

const YEAR = 2031
const TITLE = 'Smart China Expo 2031 (freshness check)'

/** An anonymous GraphQL read, as a headless client asks it (answered from the server's copies when it can). */
async function graphqlText(query: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  })
  return res.text()
}

async function visibleEverywhere(): Promise<boolean[]> {
  const [page, list, search, sitemap, rest, graphql] = await Promise.all([
    getText(`${baseUrl}/editions/${YEAR}`),
    getText(`${baseUrl}/editions`),
    getText(`${baseUrl}/search?q=freshness`),
    getText(`${baseUrl}/sitemap.xml`),
    getText(`${baseUrl}/api/editions?depth=0&limit=100`),
    graphqlText('{ Editions(limit: 100) { docs { year title } } }'),
  ])
  // Search marks the query's words inside the title, so look for the result's link there.
  return [
    page.status === 200 && page.text.includes(TITLE),
    list.text.includes(TITLE),
    search.text.includes(`href="/editions/${YEAR}"`),
    sitemap.text.includes(`/editions/${YEAR}<`),
    rest.text.includes(TITLE),
    graphql.includes(TITLE),
  ]
}

describe('content changes reach the public site and API at once (on-demand revalidation)', () => {
  let id: number

  it('keeps a draft off the page, the lists, search, the sitemap and the public API', async () => {
    const created = await api.request('POST', 'editions?draft=true', {
      year: YEAR,
      title: TITLE,
      startDate: `${YEAR}-08-20T12:00:00.000Z`,
      format: 'online',
      city: 'Chongqing',
      _status: 'draft',
    })
    id = created.doc.id
    // Warm every cache first, so the publish below must purge them.
    expect(await visibleEverywhere()).toEqual([false, false, false, false, false, false])
  })

  it('shows a published edition on its page, in lists, search and the sitemap within 1 s', async () => {
    await api.request('PATCH', `editions/${id}`, { _status: 'published' })
    const elapsed = await timeUntil(async () => (await visibleEverywhere()).every(Boolean))
    console.log(`  publish → visible everywhere: ${elapsed.toFixed(0)} ms`)
    expect(elapsed).toBeLessThan(1_000)
  })

  it('shows an edited title within 1 s', async () => {
    await api.request('PATCH', `editions/${id}`, { title: `${TITLE} edited` })
    const elapsed = await timeUntil(async () =>
      (await getText(`${baseUrl}/editions/${YEAR}`)).text.includes(`${TITLE} edited`),
    )
    console.log(`  edit → visible: ${elapsed.toFixed(0)} ms`)
    expect(elapsed).toBeLessThan(1_000)
    await api.request('PATCH', `editions/${id}`, { title: TITLE })
  })

  it('removes an unpublished edition from its page, lists, search and the sitemap within 1 s', async () => {
    expect((await visibleEverywhere()).every(Boolean)).toBe(true)
    await api.request('PATCH', `editions/${id}`, { _status: 'draft' })
    const elapsed = await timeUntil(async () => (await visibleEverywhere()).every((v) => !v))
    console.log(`  unpublish → gone everywhere: ${elapsed.toFixed(0)} ms`)
    expect(elapsed).toBeLessThan(1_000)
    expect((await getText(`${baseUrl}/editions/${YEAR}`)).status).toBe(404)
  })

  it('removes a deleted edition within 1 s', async () => {
    await api.request('PATCH', `editions/${id}`, { _status: 'published' })
    expect(await timeUntil(async () => (await visibleEverywhere()).every(Boolean))).toBeLessThan(1_000)
    await api.request('DELETE', `editions/${id}`)
    const elapsed = await timeUntil(async () => (await visibleEverywhere()).every((v) => !v))
    console.log(`  delete → gone everywhere: ${elapsed.toFixed(0)} ms`)
    expect(elapsed).toBeLessThan(1_000)
    expect((await getText(`${baseUrl}/editions/${YEAR}`)).status).toBe(404)
  })

  it('answers anonymous API reads from copies between changes, confirmed by the content stamp', async () => {
    const hit = async (ask: () => Promise<Response>) => (await ask()).headers.get('x-nextjs-cache') === 'HIT'
    const rest = () => fetch(`${baseUrl}/api/editions?depth=0&limit=100`)
    const graphql = () =>
      fetch(`${baseUrl}/api/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ Editions(limit: 100) { docs { year } } }' }),
      })
    for (const ask of [rest, graphql]) {
      // A copy is made once no change is under way (the test before ends on one).
      expect(await timeUntil(() => hit(ask), 2_000)).toBeLessThan(2_000)
      // Past PAGE_CACHE_MAX_AGE_MS (250 ms): only the content stamp's confirmations keep it.
      await new Promise((resolve) => setTimeout(resolve, 600))
      expect(await hit(ask)).toBe(true)
    }
  })
})

// A restart with a change made while the server was down: test/scale/restart.test.ts.
describe('the revalidation endpoint a start calls', () => {
  it('refuses the revalidation endpoint to strangers', async () => {
    const res = await fetch(`${baseUrl}/api/site/revalidate`, {
      method: 'POST',
      headers: { 'x-revalidate-token': 'guess' },
    })
    expect(res.status).toBe(403)
  })
})
