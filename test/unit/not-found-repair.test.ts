import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { gzipSync } from 'node:zlib'

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import {
  isEmptyErrorDocument,
  isForeignNotFoundSourceRequest,
  mayRepairNotFound,
  NOT_FOUND_SOURCES,
  notFoundPagesFrom,
  repairEmptyNotFound,
} from '../../src/server/notFoundRepair'
import { localeOfPath } from '../../src/site/locales'

// A stand-in for Next behind the repair, as src/server/main.ts puts them together; each path
// answers the way Next does for a kind of page. The not-found pages are served where main.ts
// fetches them: the English one with 404, as Next sends app/global-not-found.tsx for an address
// no route matches; the Chinese one with 200, as a page of its own.
const EMPTY =
  '<!DOCTYPE html><html id="__next_error__"><head></head><body><div hidden=""></div><script>self.__next_f.push([1,"h1 We could not find that page"])</script></body></html>'
const NOT_FOUND_PAGE =
  '<!DOCTYPE html><html lang="en"><body><main><h1>We could not find that page</h1></main></body></html>'
const ZH_NOT_FOUND_PAGE = '<!DOCTYPE html><html lang="zh-Hans"><body><main><h1>未找到该页面</h1></main></body></html>'
let sourceStatus = 404
let sourceFetches = 0
const foreignSourceRequests: boolean[] = []
const logged: string[] = []

function next(req: IncomingMessage, res: ServerResponse) {
  const path = (req.url ?? '').split('?')[0]
  res.setHeader('Vary', 'rsc')
  if (path === NOT_FOUND_SOURCES.en) {
    sourceFetches++
    res.writeHead(sourceStatus, { 'Content-Type': 'text/html; charset=utf-8' })
    res.end(sourceStatus === 404 ? NOT_FOUND_PAGE : 'broken')
    return
  }
  if (path === NOT_FOUND_SOURCES.zh) {
    foreignSourceRequests.push(isForeignNotFoundSourceRequest(req))
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
    res.end(ZH_NOT_FOUND_PAGE)
    return
  }
  if (path === '/empty' || path === '/zh/empty') {
    res.statusCode = 404
    res.setHeader('Content-Type', 'text/html; charset=utf-8')
    res.setHeader('ETag', '"empty"')
    res.end(EMPTY)
    return
  }
  if (path === '/empty-gzip-streamed') {
    // Compressed, head sent early, body in pieces: how Next streams a page.
    const body = gzipSync(EMPTY)
    res.statusCode = 404
    res.setHeader('Content-Type', 'text/html; charset=utf-8')
    res.setHeader('Content-Encoding', 'gzip')
    res.flushHeaders()
    res.write(body.subarray(0, 10))
    res.write(body.subarray(10))
    res.end()
    return
  }
  if (path === '/empty-head-per-write') {
    // Like Next's compression without an accepted encoding: a head before every write while
    // none has been sent (a held head never is).
    res.statusCode = 404
    res.setHeader('Content-Type', 'text/html; charset=utf-8')
    for (const part of [EMPTY.slice(0, 20), EMPTY.slice(20)]) {
      if (!res.headersSent) res.writeHead(res.statusCode)
      res.write(part)
    }
    if (!res.headersSent) res.writeHead(res.statusCode)
    res.end()
    return
  }
  if (path === '/full-404') {
    res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' })
    res.end('<html lang="en"><h1>Gone fishing</h1></html>')
    return
  }
  if (path === '/json-404') {
    res.writeHead(404, { 'Content-Type': 'application/json' })
    res.end(EMPTY) // not a page, even if it looks like one
    return
  }
  res.statusCode = 200
  res.setHeader('Content-Type', 'text/html; charset=utf-8')
  res.flushHeaders()
  res.write('<html>part one, ')
  res.end('part two</html>')
}

let server: Server
let base = ''
beforeAll(async () => {
  server = createServer((req, res) => {
    if (mayRepairNotFound(req))
      repairEmptyNotFound(
        res,
        () => pages(localeOfPath(req.url ?? '/')),
        (m) => logged.push(m),
      )
    next(req, res)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  pages = notFoundPagesFrom(base)
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))
let pages: ReturnType<typeof notFoundPagesFrom>
beforeEach(() => {
  sourceStatus = 404
  logged.length = 0
})

describe('not-found page where Next sends an empty document', () => {
  it('tells the empty error document from a page', () => {
    expect(isEmptyErrorDocument(EMPTY)).toBe(true)
    expect(isEmptyErrorDocument(NOT_FOUND_PAGE)).toBe(false)
  })

  it('sends the not-found page instead, still 404, with a length that matches', async () => {
    const res = await fetch(`${base}/empty`)
    expect(res.status).toBe(404)
    const body = await res.text()
    expect(body).toBe(NOT_FOUND_PAGE)
    expect(res.headers.get('content-length')).toBe(String(Buffer.byteLength(NOT_FOUND_PAGE)))
    expect(res.headers.get('etag')).toBeNull() // Next's tag named the empty document
    expect(res.headers.get('vary')).toBe('rsc') // Next's other headers stay
  })

  it('reads a compressed answer streamed with an early head, and replaces it uncompressed', async () => {
    const res = await fetch(`${base}/empty-gzip-streamed`)
    expect(res.status).toBe(404)
    expect(res.headers.get('content-encoding')).toBeNull()
    expect(await res.text()).toBe(NOT_FOUND_PAGE)
  })

  it("sends the not-found page of the address's language, fetched as only the server may", async () => {
    foreignSourceRequests.length = 0
    const res = await fetch(`${base}/zh/empty`)
    expect(res.status).toBe(404)
    expect(await res.text()).toBe(ZH_NOT_FOUND_PAGE)
    expect(foreignSourceRequests).toEqual([false]) // the server's own request carries its token
    await (await fetch(`${base}${NOT_FOUND_SOURCES.zh}`)).text()
    expect(foreignSourceRequests).toEqual([false, true]) // anyone else's does not (main.ts answers it 404)
    expect(['/zh', '/zh/editions/1999', '/zh?q=1'].map(localeOfPath)).toEqual(['zh', 'zh', 'zh'])
    expect(['/', '/zhongguo', '/editions/1999', '/search?q=/zh/'].map(localeOfPath)).toEqual(['en', 'en', 'en', 'en'])
  })

  it('keeps holding when the head is written again before each piece', async () => {
    const res = await fetch(`${base}/empty-head-per-write`)
    expect(res.status).toBe(404)
    expect(await res.text()).toBe(NOT_FOUND_PAGE)
    expect(logged).toEqual([])
  })

  it('fetches the not-found page once and keeps it', async () => {
    pages = notFoundPagesFrom(base)
    const before = sourceFetches
    await Promise.all([fetch(`${base}/empty`).then((r) => r.text()), fetch(`${base}/empty`).then((r) => r.text())])
    await (await fetch(`${base}/empty`)).text()
    expect(sourceFetches - before).toBe(1)
  })

  it("sends Next's own answer when the not-found page cannot be had, and tries again next time", async () => {
    pages = notFoundPagesFrom(base)
    sourceStatus = 500
    const res = await fetch(`${base}/empty`)
    expect(res.status).toBe(404)
    expect(await res.text()).toBe(EMPTY)
    expect(logged).toEqual(["not-found page unavailable, sending Next's empty one: the en not-found page answered 500"])
    sourceStatus = 404
    expect(await (await fetch(`${base}/empty`)).text()).toBe(NOT_FOUND_PAGE)
  })

  it('leaves a 404 page with content, a 404 that is not a page, and other answers as Next wrote them', async () => {
    const full = await fetch(`${base}/full-404`)
    expect([full.status, await full.text()]).toEqual([404, '<html lang="en"><h1>Gone fishing</h1></html>'])
    const json = await fetch(`${base}/json-404`)
    expect([json.status, await json.text()]).toEqual([404, EMPTY])
    const ok = await fetch(`${base}/page`)
    expect([ok.status, await ok.text()]).toEqual([200, '<html>part one, part two</html>'])
  })

  it("leaves Next's client navigations and other methods alone", async () => {
    const rsc = await fetch(`${base}/empty`, { headers: { rsc: '1' } })
    expect(await rsc.text()).toBe(EMPTY)
    const post = await fetch(`${base}/empty`, { method: 'POST' })
    expect(await post.text()).toBe(EMPTY)
  })
})
