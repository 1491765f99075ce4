import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http'

import { LRUCache } from 'lru-cache'

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
// What may be copied: a GET of a path without query string (or a search, see SEARCH, or a public
// API read, see PUBLIC_API and graphqlCopies.ts), from a visitor without cookies or credentials,
// that is not a client-side navigation (RSC) request (a revisit asking If-None-Match is answered
// 304 from the copy when its ETag still matches), answered 200 with a shared-cache
// Cache-Control (s-maxage: a prerendered page) and no cookie. Copies are dropped at once when
// content changes in this process (the generation that purges Next's cache), and live at most
// `maxAgeMs` otherwise: the bound for a change made on another instance.

type Entry = { status: number; headers: OutgoingHttpHeaders; body: Buffer; storedAt: number; generation: number }

/**
 * A confirmation (the content stamp read unchanged) older than this no longer vouches for the
 * copies: a few of the stamp watch's reads (src/cache/contentStamp.ts, every 100 ms) missed.
 */
export const CONFIRMATION_WINDOW_MS = 300

/** Pages, search results and public API answers are kept apart, each with its own bounds. */
export type CopyKind = 'page' | 'search' | 'api'
export type CopyKey = { kind: CopyKind; key: string }

export type PageCacheOptions = {
  /** How long a copy answers when nothing says content is unchanged on the other instances. */
  maxAgeMs: number
  /**
   * How long a search or API copy answers while the database-wide content stamp is watched
   * (src/cache/contentStamp.ts): a change anywhere then drops it within ~STAMP_POLL_MS.
   */
  confirmedMaxAgeMs?: number
  /** When content was last confirmed unchanged on every instance (contentGeneration.ts). */
  confirmedAt?: () => number
  maxEntries?: number
  maxSearchEntries?: number
  maxApiEntries?: number
  /** Bytes of copies each kind may hold (bodies and keys): the memory bound, whatever the count. */
  maxBytesPerKind?: number
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
 * each rendered afresh (207 req/s, p99 725 ms in the bench).
 */
const SEARCH = new RegExp(`^(${ZH_PREFIX})?/search\\?q=[^&#]*$`)
/**
 * Anonymous REST reads of the public collections: Payload answers them per request (~4 ms of
 * routing, access and SQL, 220 req/s at 10 connections in the bench), yet what an anonymous
 * reader gets depends only on the address and the content. Published content only, because an
 * anonymous request is answered with what anonymous access allows, which is what is copied.
 */
const PUBLIC_API = /^\/api\/(editions|organizations|pages)(\/[^/?#]+)?(\?[^#]*)?$/

/** Whether the request comes from someone the answer could be personal to, or is not a plain read. */
export function personalOrSpecial(req: Pick<IncomingMessage, 'headers'>): boolean {
  if (req.headers.cookie || req.headers.authorization || req.headers['if-modified-since']) return true
  return NAVIGATION_HEADERS.some((name) => req.headers[name] !== undefined)
}

/** The copy's key for this request, or null when the request must go to Next. */
export function pageCacheKey(req: Pick<IncomingMessage, 'method' | 'url' | 'headers'>): CopyKey | null {
  const url = req.url ?? ''
  if (req.method !== 'GET' || personalOrSpecial(req)) return null
  // Next compresses for clients that accept it; each encoding asked for is its own copy.
  const encoding = req.headers['accept-encoding'] ?? ''
  if (PUBLIC_API.test(url)) return { kind: 'api', key: `${url}\n${apiVariant(req)}` }
  if (SEARCH.test(url)) return { kind: 'search', key: `${url}\n${encoding}` }
  if (url.includes('?') || NOT_PAGES.test(url)) return null
  return { kind: 'page', key: `${url}\n${encoding}` }
}

/**
 * What else an API answer depends on: the encoding Next compresses it in, the language Payload
 * words it in (accept-language) and the origin its CORS headers name (payload.config.ts `cors`).
 */
export const apiVariant = ({ headers }: Pick<IncomingMessage, 'headers'>) =>
  `${headers['accept-encoding'] ?? ''}\n${headers['accept-language'] ?? ''}\n${headers.origin ?? ''}`

/** If-None-Match holds the ETag (weak comparison, as for a GET), or is `*`. */
function etagMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false
  const bare = (tag: string) => tag.trim().replace(/^W\//, '')
  return header.split(',').some((tag) => tag.trim() === '*' || bare(tag) === bare(etag))
}

function storable(kind: CopyKind, status: number, headers: OutgoingHttpHeaders): boolean {
  if (status !== 200 || headers['set-cookie'] !== undefined) return false
  const cacheControl = String(headers['cache-control'] ?? '')
  if (kind === 'search') return true
  if (kind === 'api') return !/\b(private|no-store)\b/.test(cacheControl)
  return (
    /\bs-maxage=\d+/.test(cacheControl) &&
    !/\b(private|no-store|no-cache)\b/.test(cacheControl) &&
    headers['x-nextjs-cache'] !== 'STALE' // a page Next is about to render again
  )
}

export function createPageCache({
  maxAgeMs,
  maxEntries = 256,
  maxSearchEntries = 512,
  maxApiEntries = 1024,
  maxBytesPerKind = 12 * 1024 * 1024,
  confirmedMaxAgeMs = maxAgeMs,
  confirmedAt = () => 0,
  generation,
  now = Date.now,
}: PageCacheOptions) {
  // lru-cache bounds each kind by count and by bytes, dropping the least recently used first.
  const bucket = (max: number) =>
    new LRUCache<string, Entry>({
      max,
      maxSize: maxBytesPerKind,
      sizeCalculation: (entry, key) => entry.body.length + key.length + 512,
    })
  const copies: Record<CopyKind, LRUCache<string, Entry>> = {
    page: bucket(maxEntries),
    search: bucket(maxSearchEntries),
    api: bucket(maxApiEntries),
  }

  /** Answers from a copy; false when there is none to answer from. */
  function serve({ kind, key }: CopyKey, req: Pick<IncomingMessage, 'headers'>, res: ServerResponse): boolean {
    const entries = copies[kind]
    const entry = entries.get(key)
    if (!entry) return false
    // Pages keep the short bound: Next's own cache behind them has its own timing (ISR).
    const confirmed = kind !== 'page' && now() - confirmedAt() <= CONFIRMATION_WINDOW_MS
    if (entry.generation !== generation() || now() - entry.storedAt >= (confirmed ? confirmedMaxAgeMs : maxAgeMs)) {
      entries.delete(key)
      return false
    }
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
   * as written, after Next's compression, so a copy is replayed byte for byte. `accept`, when
   * given, has the last word on a whole answer (GraphQL: only answers without errors).
   */
  function record(
    { kind, key }: CopyKey,
    res: ServerResponse,
    accept?: (body: Buffer, headers: OutgoingHttpHeaders) => boolean,
  ): void {
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
      if (storable(kind, res.statusCode, headers) && generation() === startedIn) {
        delete headers['transfer-encoding']
        delete headers['content-length']
        const body = Buffer.concat(chunks, size)
        if (!accept || accept(body, headers))
          copies[kind].set(key, {
            status: res.statusCode,
            headers: { ...headers, 'content-length': String(body.length), 'x-nextjs-cache': 'HIT' },
            body,
            storedAt: now(),
            generation: startedIn,
          })
      }
      return end(chunk, ...rest)
    }) as typeof res.end
  }

  const size = () => copies.page.size + copies.search.size + copies.api.size
  return { serve, record, size }
}
