import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http'

import { chunkToBuffer, headersGiven } from './responseParts'
import { ZH_PREFIX } from '../site/locales'

// A short-lived copy of the public pages Next serves from its own cache, answered before Next:
// the micro-cache a front cache (Varnish, nginx, a CDN) would give, kept in the process.
//
// Why it exists: the site is meant to run as one process with no extra service, and still answer
// its cached pages about as fast as a static file server would. Next does real work for a page it
// already has (routing, header rules, an ETag hashed over the whole page); a copy here costs a
// map lookup. The measurements behind it are in docs/performance.md ("Page copies in the server").
//
// With a front cache configured (Varnish or a CDN in front of one or more instances, see
// issue 14 and docs/deployment.md), that cache holds the pages instead and this one only saves
// the front's misses a little work: set PAGE_CACHE_MAX_AGE_MS=0 to turn it off there.
//
// What may be copied: a GET of a path without query string (or a search, see SEARCH), from a visitor without cookies,
// that is not a client-side navigation (RSC) request (a revisit asking If-None-Match is answered
// 304 from the copy when its ETag still matches), answered 200 with a shared-cache
// Cache-Control (s-maxage: a prerendered page) and no cookie. Copies are dropped at once when
// content changes in this process (the generation that purges Next's cache), and live at most
// `maxAgeMs` otherwise: the bound for a change made on another instance.

type Entry = { status: number; headers: OutgoingHttpHeaders; body: Buffer; storedAt: number; generation: number }
export type PageCacheOptions = {
  maxAgeMs: number
  maxEntries?: number
  maxSearchEntries?: number
  generation: () => number
  now?: () => number
}

const NAVIGATION_HEADERS = [
  'rsc',
  'next-router-state-tree',
  'next-router-prefetch',
  'next-router-segment-prefetch',
  'next-action',
]
const NOT_PAGES = new RegExp(`^/(api|admin|_next|preview|${ZH_PREFIX.slice(1)}/preview)(/|$)`)
/**
 * The search pages, with their query: dynamic for Next (a page per query), but what they show
 * depends only on the query and the content, so a copy is as good as a page's for `maxAgeMs`
 * and dropped with them on a content change. Fifty readers asking the same query at once were
 * each rendered afresh (207 req/s, p99 725 ms in the bench). Kept apart from the pages'
 * copies, with their own bound, so many different queries cannot push the pages out.
 */
const SEARCH = new RegExp(`^(${ZH_PREFIX})?/search\\?q=[^&#]*$`)
const isSearchKey = (key: string) => SEARCH.test(key.split('\n', 1)[0])

/** The copy's key for this request, or null when the request must go to Next. */
export function pageCacheKey(req: Pick<IncomingMessage, 'method' | 'url' | 'headers'>): string | null {
  const url = req.url ?? ''
  if (req.method !== 'GET' || (url.includes('?') && !SEARCH.test(url)) || NOT_PAGES.test(url)) return null
  if (req.headers.cookie || req.headers.authorization || req.headers['if-modified-since']) return null
  if (NAVIGATION_HEADERS.some((name) => req.headers[name] !== undefined)) return null
  // Next compresses for clients that accept it; each encoding asked for is its own copy.
  return `${url}\n${req.headers['accept-encoding'] ?? ''}`
}

/** If-None-Match holds the ETag (weak comparison, as for a GET), or is `*`. */
function etagMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false
  const bare = (tag: string) => tag.trim().replace(/^W\//, '')
  return header.split(',').some((tag) => tag.trim() === '*' || bare(tag) === bare(etag))
}

function storable(status: number, headers: OutgoingHttpHeaders, search: boolean): boolean {
  if (search) return status === 200 && headers['set-cookie'] === undefined
  const cacheControl = String(headers['cache-control'] ?? '')
  return (
    status === 200 &&
    /\bs-maxage=\d+/.test(cacheControl) &&
    !/\b(private|no-store|no-cache)\b/.test(cacheControl) &&
    headers['set-cookie'] === undefined &&
    headers['x-nextjs-cache'] !== 'STALE' // a page Next is about to render again
  )
}

export function createPageCache({
  maxAgeMs,
  maxEntries = 256,
  maxSearchEntries = 256,
  generation,
  now = Date.now,
}: PageCacheOptions) {
  const pages = new Map<string, Entry>() // least recently used first
  const searches = new Map<string, Entry>()
  const mapFor = (key: string) => (isSearchKey(key) ? searches : pages)

  /** Answers from a copy; false when there is none to answer from. */
  function serve(key: string, req: Pick<IncomingMessage, 'headers'>, res: ServerResponse): boolean {
    const entries = mapFor(key)
    const entry = entries.get(key)
    if (!entry) return false
    if (entry.generation !== generation() || now() - entry.storedAt >= maxAgeMs) {
      entries.delete(key)
      return false
    }
    entries.delete(key)
    entries.set(key, entry)
    const etag = entry.headers.etag
    if (etag && etagMatches(req.headers['if-none-match'], String(etag))) {
      const { 'content-length': _length, 'content-type': _type, 'content-encoding': _encoding, ...rest } = entry.headers
      res.writeHead(304, rest)
      res.end()
      return true
    }
    res.writeHead(entry.status, entry.headers)
    res.end(entry.body)
    return true
  }

  /**
   * Watches Next write its answer and keeps a copy when it may be reused. The body is taken
   * as written, after Next's compression, so a copy is replayed byte for byte.
   */
  function record(key: string, res: ServerResponse): void {
    const startedIn = generation()
    const chunks: Buffer[] = []
    let size = 0
    const keep = (chunk: unknown, encoding: unknown) => {
      const buffer = chunkToBuffer(chunk, encoding)
      if (!buffer) return
      chunks.push(buffer)
      size += buffer.length
    }
    let headArgs: OutgoingHttpHeaders = {}
    const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse
    res.writeHead = ((...args: unknown[]) => {
      const headers = headersGiven(args)
      if (headers) headArgs = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]))
      return writeHead(...args)
    }) as typeof res.writeHead
    const write = res.write.bind(res) as (...args: unknown[]) => boolean
    res.write = ((chunk: unknown, ...rest: unknown[]) => {
      keep(chunk, rest[0])
      return write(chunk, ...rest)
    }) as typeof res.write
    const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse
    res.end = ((chunk?: unknown, ...rest: unknown[]) => {
      keep(chunk, rest[0])
      const headers: OutgoingHttpHeaders = { ...res.getHeaders(), ...headArgs }
      // Only whole answers to a content state still current are kept.
      const search = isSearchKey(key)
      if (storable(res.statusCode, headers, search) && generation() === startedIn) {
        const entries = search ? searches : pages
        const bound = search ? maxSearchEntries : maxEntries
        delete headers['transfer-encoding']
        delete headers['content-length']
        const body = Buffer.concat(chunks, size)
        entries.delete(key)
        entries.set(key, {
          status: res.statusCode,
          headers: { ...headers, 'content-length': String(body.length), 'x-nextjs-cache': 'HIT' },
          body,
          storedAt: now(),
          generation: startedIn,
        })
        while (entries.size > bound) entries.delete(entries.keys().next().value as string)
      }
      return end(chunk, ...rest)
    }) as typeof res.end
  }

  return { serve, record, size: () => pages.size + searches.size }
}
