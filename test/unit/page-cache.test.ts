import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import {
  graphqlCopyKey,
  isAnswerWithoutErrors,
  isCopyableQuery,
  mayCopyGraphql,
  readBodyKeepingIt,
} from '../../src/server/graphqlCopies'
import { createPageCache, pageCacheKey } from '../../src/server/pageCache'

// A stand-in for Next behind the page cache, as src/server/main.ts puts them together; each
// path answers the way a kind of Next page does.
const STATIC = 's-maxage=31536000'
let generation = 0
let clock = 1_000_000
let confirmedAt = 0 // the content stamp watch (src/cache/contentStamp.ts): never, unless a test says
let renders: string[] = []
let bumpDuringRender = false
const cache = createPageCache({
  maxAgeMs: 250,
  maxEntries: 3,
  maxSearchEntries: 2,
  maxApiEntries: 4,
  confirmedMaxAgeMs: 60_000,
  confirmedAt: () => confirmedAt,
  generation: () => generation,
  now: () => clock,
})
let searchRenders: string[] = []

let graphqlBodies: string[] = []

/** Payload's GraphQL route as the stand-in: reads the body the way a route handler does. */
async function graphql(req: IncomingMessage, res: ServerResponse) {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  const body = Buffer.concat(chunks).toString('utf8')
  graphqlBodies.push(body)
  const { query } = JSON.parse(body) as { query: string }
  const answer = query.includes('broken')
    ? { errors: [{ message: 'database busy' }] }
    : { data: { echo: query, answer: graphqlBodies.length } }
  res.writeHead(200, { 'Content-Type': 'application/json' })
  res.end(JSON.stringify(answer))
}

function next(req: IncomingMessage, res: ServerResponse) {
  const path = (req.url ?? '').split('?')[0]
  if (path.startsWith('/api/')) {
    renders.push(req.url ?? '')
    res.statusCode = path.endsWith('/missing') ? 404 : 200
    res.setHeader('Content-Type', 'application/json')
    if (req.url?.includes('personal')) res.setHeader('Cache-Control', 'private, no-store')
    res.end(JSON.stringify({ docs: [], url: req.url, language: req.headers['accept-language'], n: renders.length }))
    return
  }
  renders.push(path)
  if (path.endsWith('/search')) searchRenders.push(req.url ?? '')
  if (bumpDuringRender) generation++
  const body = `<html>${path} rendered ${renders.length}</html>`
  if (path === '/chunked') {
    res.writeHead(200, { 'Content-Type': 'text/html', 'Cache-Control': STATIC, 'X-Nextjs-Cache': 'HIT' })
    res.write('<html>part one, ')
    res.write(Buffer.from('part two, '))
    res.end(`render ${renders.length}</html>`)
    return
  }
  const headers: Record<string, string> = {
    '/page': STATIC,
    '/other': STATIC,
    '/third': STATIC,
    '/dynamic': 'private, no-cache, no-store, max-age=0, must-revalidate',
    // Next answers a search as dynamic; its copy is kept all the same (pageCache.ts, SEARCH).
    '/search': 'private, no-cache, no-store, max-age=0, must-revalidate',
    '/zh/search': 'private, no-cache, no-store, max-age=0, must-revalidate',
    '/cookie': STATIC,
    '/stale': STATIC,
  }
  res.statusCode = path in headers ? 200 : 404
  res.setHeader('Content-Type', 'text/html; charset=utf-8')
  res.setHeader('Cache-Control', headers[path] ?? 'private, no-cache')
  res.setHeader('X-Nextjs-Cache', path === '/stale' ? 'STALE' : 'HIT')
  if (path === '/cookie') res.setHeader('Set-Cookie', 'a=b')
  if (path === '/page') res.setHeader('ETag', `"page-${renders.length}"`)
  res.end(body)
}

let server: Server
let base = ''
beforeAll(async () => {
  // The same steps as src/server/main.ts.
  server = createServer(async (req, res) => {
    const key = pageCacheKey(req)
    if (key) {
      if (cache.serve(key, req, res)) return
      cache.record(key, res)
    } else if (mayCopyGraphql(req)) {
      const body = await readBodyKeepingIt(req)
      if (body) {
        const graphqlKey = graphqlCopyKey(req, body)
        if (cache.serve(graphqlKey, req, res)) return
        if (isCopyableQuery(body)) cache.record(graphqlKey, res, isAnswerWithoutErrors)
      }
    }
    if (req.url === '/api/graphql') return void graphql(req, res)
    next(req, res)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))
beforeEach(() => {
  generation++ // nothing kept from the test before
  renders = []
  searchRenders = []
  graphqlBodies = []
  bumpDuringRender = false
  confirmedAt = 0
})

const get = async (path: string, headers: Record<string, string> = {}) => {
  const res = await fetch(base + path, { headers: { 'accept-encoding': 'identity', ...headers } })
  return { status: res.status, body: await res.text(), headers: res.headers }
}

describe('copies of cached pages in front of Next', () => {
  it('answers a prerendered page again from its copy, byte for byte with its headers', async () => {
    const first = await get('/page')
    const second = await get('/page')
    expect(renders).toEqual(['/page'])
    expect(second.body).toBe(first.body)
    expect(second.headers.get('cache-control')).toBe(STATIC)
    expect(second.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(second.headers.get('content-length')).toBe(String(Buffer.byteLength(first.body)))
    // A page Next wrote in pieces, its headers given to writeHead.
    const chunked = await get('/chunked')
    expect(await get('/chunked')).toMatchObject({ status: 200, body: chunked.body })
    expect(chunked.body).toBe('<html>part one, part two, render 2</html>')
    expect(renders).toEqual(['/page', '/chunked'])
  })

  it('asks Next again after a content change here, and once the copy is older than its bound', async () => {
    await get('/page')
    generation++
    await get('/page')
    expect(renders).toEqual(['/page', '/page'])
    clock += 249
    await get('/page')
    expect(renders).toHaveLength(2)
    clock += 1
    await get('/page')
    expect(renders).toHaveLength(3)
  })

  it('keeps nothing rendered across a content change', async () => {
    bumpDuringRender = true
    await get('/page')
    bumpDuringRender = false
    await get('/page')
    expect(renders).toEqual(['/page', '/page'])
  })

  it('copies only shared-cacheable 200 answers without cookies, and never a page Next is refreshing', async () => {
    for (const path of ['/dynamic', '/cookie', '/stale', '/missing']) {
      await get(path)
      await get(path)
    }
    expect(renders).toEqual(['/dynamic', '/dynamic', '/cookie', '/cookie', '/stale', '/stale', '/missing', '/missing'])
  })

  it('lets through to Next what is personal, a navigation, conditional or not a plain page', async () => {
    await get('/page') // the copy exists
    renders = []
    await get('/page', { cookie: 'payload-token=x' })
    await get('/page', { rsc: '1' })
    await get('/page', { 'next-router-prefetch': '1' })
    await get('/page', { authorization: 'JWT x' })
    await get('/page?ref=mail')
    await fetch(`${base}/page`, { method: 'HEAD' })
    await fetch(`${base}/page`, { method: 'POST', body: 'x' })
    expect(renders).toHaveLength(7)
    for (const path of [
      '/api/users/me',
      '/api/contact-requests',
      '/api/media/file/a.jpg',
      '/admin',
      '/_next/static/x.js',
      '/preview/editions/1',
      '/zh/preview/pages/2',
    ]) {
      expect(pageCacheKey({ method: 'GET', url: path, headers: {} }), path).toBeNull()
    }
  })

  it('answers a revisit 304 from the copy while its ETag still matches, and the page when it does not', async () => {
    const first = await get('/page')
    const etag = first.headers.get('etag')!
    const revisit = await get('/page', { 'if-none-match': etag })
    expect(revisit.status).toBe(304)
    expect(revisit.body).toBe('')
    expect(revisit.headers.get('etag')).toBe(etag)
    expect((await get('/page', { 'if-none-match': `W/${etag}, "other"` })).status).toBe(304)
    const changed = await get('/page', { 'if-none-match': '"an-older-version"' })
    expect(changed).toMatchObject({ status: 200, body: first.body })
    expect(renders).toEqual(['/page'])
  })

  it('keeps one copy per accepted encoding, and a bounded number of copies', async () => {
    await get('/page', { 'accept-encoding': 'gzip' })
    await get('/page', { 'accept-encoding': 'identity' })
    expect(renders).toEqual(['/page', '/page'])
    await get('/other')
    await get('/third') // four copies asked for, three kept: the least recently used goes
    expect(cache.size()).toBe(3)
    renders = []
    await get('/third')
    await get('/page', { 'accept-encoding': 'gzip' })
    expect(renders).toEqual(['/page'])
  })
})

describe('copies of search pages (issue 18)', () => {
  it('answers the same query again from its copy, each query and language its own', async () => {
    const first = await get('/search?q=chongqing')
    expect((await get('/search?q=chongqing')).body).toBe(first.body)
    await get('/search?q=expo')
    await get('/zh/search?q=chongqing')
    expect(searchRenders).toEqual(['/search?q=chongqing', '/search?q=expo', '/zh/search?q=chongqing'])
  })

  it('drops them on a content change and past their bound, like the pages', async () => {
    await get('/search?q=robot')
    generation++
    await get('/search?q=robot')
    clock += 250
    await get('/search?q=robot')
    expect(searchRenders).toEqual(['/search?q=robot', '/search?q=robot', '/search?q=robot'])
  })

  it('sends anything but a plain ?q= query to Next', async () => {
    await get('/search?q=a&page=2')
    await get('/search?q=a&page=2')
    await get('/search?x=1')
    await get('/search?x=1')
    expect(searchRenders).toHaveLength(4)
  })

  it('keeps its own bounded number, so many queries do not push the pages out', async () => {
    await get('/page')
    for (const q of ['a', 'b', 'c', 'd']) await get(`/search?q=${q}`)
    renders = []
    await get('/page')
    expect(renders).toEqual([])
    await get('/search?q=d')
    await get('/search?q=a') // the two most recent kept: a was pushed out
    expect(renders).toEqual(['/search'])
  })
})

describe('copies of anonymous public API reads (issue 18)', () => {
  it('answers the same REST read again from its copy, until content changes or the bound passes', async () => {
    const first = await get('/api/editions?limit=10&depth=0')
    expect(await get('/api/editions?limit=10&depth=0')).toMatchObject({ status: 200, body: first.body })
    await get('/api/organizations/12?depth=0')
    await get('/api/organizations/12?depth=0')
    expect(renders).toEqual(['/api/editions?limit=10&depth=0', '/api/organizations/12?depth=0'])
    generation++
    await get('/api/editions?limit=10&depth=0')
    clock += 250
    await get('/api/editions?limit=10&depth=0')
    expect(renders).toHaveLength(4)
  })

  it('lives up to a minute while the content stamp confirms nothing changed anywhere; pages keep 250 ms', async () => {
    await get('/api/editions?limit=3')
    await get('/page')
    for (let i = 0; i < 5; i++) {
      clock += 10_000
      confirmedAt = clock - 100 // the watch read the stamp 100 ms ago: unchanged
      await get('/api/editions?limit=3')
    }
    expect(renders).toEqual(['/api/editions?limit=3', '/page'])
    await get('/page')
    expect(renders).toEqual(['/api/editions?limit=3', '/page', '/page'])
    clock += 1_000
    confirmedAt = clock - 301 // the watch stopped confirming: back to the short bound
    await get('/api/editions?limit=3')
    expect(renders).toHaveLength(4)
    confirmedAt = clock
    generation++ // a change seen anywhere drops it, confirmed or not
    await get('/api/editions?limit=3')
    expect(renders).toHaveLength(5)
    clock += 60_000
    confirmedAt = clock
    await get('/api/editions?limit=3') // and a minute is the most a copy lives
    expect(renders).toHaveLength(6)
  })

  it('keeps a copy per language and origin, and none for credentials, other collections or errors', async () => {
    await get('/api/pages?limit=1', { 'accept-language': 'zh' })
    const english = await get('/api/pages?limit=1', { 'accept-language': 'en' })
    expect(JSON.parse(english.body).language).toBe('en')
    await get('/api/pages?limit=1', { origin: 'http://localhost:3000' })
    expect(renders).toHaveLength(3)
    renders = []
    for (const headers of [{ authorization: 'JWT x' }, { cookie: 'payload-token=x' }] as Record<string, string>[]) {
      await get('/api/pages?limit=1', headers)
      await get('/api/pages?limit=1', headers)
    }
    await get('/api/pages/missing')
    await get('/api/pages/missing')
    await get('/api/pages?personal=1')
    await get('/api/pages?personal=1')
    expect(renders).toHaveLength(8)
  })
})

describe('copies of anonymous GraphQL queries (issue 18)', () => {
  const post = async (body: unknown, headers: Record<string, string> = {}) => {
    const res = await fetch(`${base}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-encoding': 'identity', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    })
    return { status: res.status, body: await res.text() }
  }

  it('answers the same query again from its copy; Next still reads every body it is given whole', async () => {
    const query = { query: '{ Editions { docs { year } } }' }
    const first = await post(query)
    expect(await post(query)).toEqual(first)
    expect(graphqlBodies).toEqual([JSON.stringify(query)])
    await post({ query: '{ Pages { docs { title } } }' })
    expect(graphqlBodies).toHaveLength(2)
    generation++
    await post(query)
    expect(graphqlBodies).toHaveLength(3)
  })

  it('runs every mutation, every answer with errors, every signed-in and every large request', async () => {
    const mutation = { query: 'mutation { createPage(data: {}) { id } }' }
    await post(mutation)
    await post(mutation)
    const named = { query: 'query a { x } mutation b { y }', operationName: 'b' }
    await post(named)
    await post(named)
    await post({ query: '{ Pages { broken } }' })
    await post({ query: '{ Pages { broken } }' })
    const settings = { query: '{ TakedownSettings { agentEmail } }' } // not a public collection
    await post(settings)
    await post(settings)
    const signedIn = { query: '{ Users { docs { email } } }' }
    await post(signedIn, { authorization: 'JWT x' })
    await post(signedIn, { authorization: 'JWT x' })
    const large = { query: `{ Pages(where: { title: { like: "${'x'.repeat(9000)}" } }) { docs { id } } }` }
    await post(large)
    await post(large)
    expect(graphqlBodies).toHaveLength(12)
    expect(graphqlBodies[11]).toBe(JSON.stringify(large))
  })

  it('copies a query of the public collections only, told by the operation asked for', () => {
    const body = (value: unknown) => Buffer.from(JSON.stringify(value))
    expect(isCopyableQuery(body({ query: '{ Editions { docs { year } } countPages { totalDocs } }' }))).toBe(true)
    expect(
      isCopyableQuery(body({ query: 'query a { Page(id: 1) { id } } mutation b { y }', operationName: 'a' })),
    ).toBe(true)
    expect(isCopyableQuery(body({ query: 'query a { Pages { docs { id } } } mutation b { y }' }))).toBe(false)
    expect(isCopyableQuery(body({ query: 'subscription { Pages { docs { id } } }' }))).toBe(false)
    expect(isCopyableQuery(body({ query: '{ Pages { docs { id } } Users { docs { email } } }' }))).toBe(false)
    expect(isCopyableQuery(body({ query: '{ ... on Query { Pages { docs { id } } } }' }))).toBe(false)
    expect(isCopyableQuery(Buffer.from('{ not json'))).toBe(false)
  })
})
