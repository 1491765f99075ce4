import { randomUUID } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib'

import { chunkToBuffer, headersGiven } from './responseParts'
import { type Locale, localizePath } from '../site/locales'

// Next 16 answers a page that calls notFound() (an unknown edition, organization or page) with
// status 404 and an empty document: <html id="__next_error__">, none of the layout, no text. The
// not-found page is drawn only once Next's script has run, so a visitor without JavaScript, or a
// crawler, gets a blank page (vercel/next.js#62228, #98954; the page's own not-found.tsx does
// not help). Pages that render normally are not affected. So the server holds back Next's 404
// answers to page requests and, where one is that empty document, sends the not-found page of
// the address's language instead, still 404. test/e2e/upstream-not-found.test.ts fails once
// Next sends the real page itself: then this file and its wiring in main.ts can go.

/**
 * Where each language's not-found page comes from: the English one is app/global-not-found.tsx,
 * which Next sends for an address no route matches; the Chinese one is a page of its own in the
 * Chinese layout, which only this server may ask for (`isForeignNotFoundSourceRequest`).
 */
export const NOT_FOUND_SOURCES: Record<Locale, string> = {
  en: '/_not-found-page/for/the-server',
  zh: localizePath('/not-found-page', 'zh'),
}

const INTERNAL_HEADER = 'x-expo-archive-not-found'
const internalToken = randomUUID()

/**
 * A request for the Chinese not-found page from anyone but this server: it is answered as an
 * address that does not exist (main.ts points it at the English source), never with a 200.
 */
export function isForeignNotFoundSourceRequest(req: IncomingMessage): boolean {
  const path = (req.url ?? '').split(/[?#]/)[0].replace(/\/+$/, '')
  return path === NOT_FOUND_SOURCES.zh && req.headers[INTERNAL_HEADER] !== internalToken
}

/** Page requests only: not Next's client navigations (RSC), which draw the not-found page themselves. */
export function mayRepairNotFound(req: IncomingMessage): boolean {
  return req.method === 'GET' && !req.headers.rsc && !req.headers['next-router-state-tree']
}

export function isEmptyErrorDocument(html: string): boolean {
  return /<html[^>]*\bid="__next_error__"/.test(html)
}

function decode(body: Buffer, encoding: string): string {
  if (encoding === 'gzip') return gunzipSync(body).toString('utf8')
  if (encoding === 'br') return brotliDecompressSync(body).toString('utf8')
  if (encoding === 'deflate') return inflateSync(body).toString('utf8')
  return body.toString('utf8')
}

type Replacement = () => Promise<Buffer>

/**
 * Fetches each language's not-found page once and keeps it: it holds no content from the
 * database. A failed fetch is not kept, so the next 404 tries again.
 */
export function notFoundPagesFrom(origin: string, timeoutMs = 5_000): (locale: Locale) => Promise<Buffer> {
  const pages = new Map<Locale, Promise<Buffer>>()
  return (locale) => {
    let page = pages.get(locale)
    if (!page) {
      page = (async () => {
        const res = await fetch(origin + NOT_FOUND_SOURCES[locale], {
          headers: { 'accept-encoding': 'identity', [INTERNAL_HEADER]: internalToken },
          signal: AbortSignal.timeout(timeoutMs),
        })
        const body = Buffer.from(await res.arrayBuffer())
        // The English source answers 404 (no route), the Chinese one 200 (a page of its own).
        if ((res.status !== 404 && res.status !== 200) || isEmptyErrorDocument(body.toString('utf8')))
          throw new Error(`the ${locale} not-found page answered ${res.status}`)
        return body
      })()
      pages.set(locale, page)
      page.catch(() => pages.delete(locale))
    }
    return page
  }
}

/**
 * Watches Next answer `res`. Anything but a 404 page goes through untouched, as written; a 404
 * page is held until Next has finished it, then sent as it was or, when it is the empty
 * document, replaced. Should the replacement fail, Next's answer is sent as it was.
 * (What Next wraps around `res` later, such as its compression, stays in place: these
 * functions are never taken back, they only pass calls on once the answer is not held.)
 */
export function repairEmptyNotFound(
  res: ServerResponse,
  replacement: Replacement,
  log: (message: string) => void = console.warn,
): void {
  const original = { writeHead: res.writeHead, write: res.write, end: res.end, flushHeaders: res.flushHeaders }
  let mode: 'undecided' | 'pass' | 'hold' = 'undecided'
  let ended = false
  const chunks: Buffer[] = []
  // Node writes an implicit head through res.writeHead, which decides.
  const decide = () => {
    if (mode === 'undecided') res.writeHead(res.statusCode)
  }

  res.writeHead = function (this: ServerResponse, ...args: unknown[]) {
    if (mode === 'undecided') {
      const given = headersGiven(args)
      const type = String(given?.['content-type'] ?? given?.['Content-Type'] ?? res.getHeader('content-type') ?? '')
      mode = Number(args[0]) === 404 && type.startsWith('text/html') ? 'hold' : 'pass'
      if (mode === 'hold') {
        res.statusCode = 404
        if (given)
          for (const [name, value] of Object.entries(given)) if (value !== undefined) res.setHeader(name, value)
      }
    }
    // A held head is never sent here, so whatever sends a head before each write (as Next's
    // compression does while none has gone) calls this again: that stays held too.
    if (mode === 'hold') return res
    return original.writeHead.apply(res, args as Parameters<ServerResponse['writeHead']>)
  } as ServerResponse['writeHead']

  // Next sends the head early when it streams a page; a held answer's head waits for its body.
  res.flushHeaders = function () {
    decide()
    if (mode === 'pass') original.flushHeaders.call(res)
  }

  res.write = function (chunk: unknown, ...rest: unknown[]) {
    decide()
    if (mode === 'pass') return original.write.apply(res, [chunk, ...rest] as Parameters<ServerResponse['write']>)
    const buffer = chunkToBuffer(chunk, rest[0])
    if (buffer) chunks.push(buffer)
    ;(rest.find((r) => typeof r === 'function') as (() => void) | undefined)?.()
    return true
  } as ServerResponse['write']

  res.end = function (chunk?: unknown, ...rest: unknown[]) {
    decide()
    if (mode === 'pass') return original.end.apply(res, [chunk, ...rest] as Parameters<ServerResponse['end']>)
    if (ended) return res // a second end() of a held answer: it is already on its way
    ended = true
    const buffer = chunkToBuffer(chunk, rest[0])
    if (buffer) chunks.push(buffer)
    const callback = rest.find((r) => typeof r === 'function') as (() => void) | undefined
    const held = Buffer.concat(chunks)
    const send = (body: Buffer) => {
      mode = 'pass'
      res.setHeader('content-length', body.length)
      original.writeHead.call(res, 404)
      ;(original.end as (...args: unknown[]) => ServerResponse).call(res, body, callback)
    }
    let empty = false
    try {
      empty = held.length > 0 && isEmptyErrorDocument(decode(held, String(res.getHeader('content-encoding') ?? '')))
    } catch {
      // Not a body we can read: send it as it came.
    }
    if (!empty) {
      send(held)
      return res
    }
    replacement()
      .then(
        (page) => {
          for (const name of ['content-encoding', 'etag', 'transfer-encoding']) res.removeHeader(name)
          res.setHeader('content-type', 'text/html; charset=utf-8')
          send(page)
        },
        (err: Error) => {
          log(`not-found page unavailable, sending Next's empty one: ${err.message}`)
          send(held)
        },
      )
      .catch((err: Error) => {
        // Never leave the visitor waiting on an answer that cannot be finished.
        log(`not-found answer failed: ${err.message}`)
        if (!res.writableEnded) res.destroy(err)
      })
    return res
  } as ServerResponse['end']
}
