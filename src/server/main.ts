import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'

import next from 'next'

import { pinClientAddress, trustProxySetting } from './clientAddress'
import {
  graphqlCopyKey,
  isAnswerWithoutErrors,
  isCopyableQuery,
  mayCopyGraphql,
  readBodyKeepingIt,
} from './graphqlCopies'
import {
  isForeignNotFoundSourceRequest,
  mayRepairNotFound,
  NOT_FOUND_SOURCES,
  notFoundPagesFrom,
  repairEmptyNotFound,
} from './notFoundRepair'
import { createPageCache, pageCacheKey } from './pageCache'
import { labelForSharedCache, type SharedCacheLabels } from './sharedCacheHeaders'
import { warmSearchIndex } from './warmSearch'
import { contentConfirmedAt, publicContentGeneration } from '../cache/contentGeneration'
import { env } from '../config/env'
import { cachePurgeUrls, sharedCacheMaxAgeSeconds } from '../config/sharedCache'
import { localeOfPath } from '../site/locales'
import { createGoneGate, fetchHiddenIndexFrom, gonePage, HiddenListUnavailable } from '../takedown/goneGate'

// The site's HTTP server: Next's own request handler behind five steps of ours: the client
// address the form limits count (src/server/clientAddress.ts), the 410 gate for hidden content,
// short-lived copies of cached public pages and anonymous API reads (src/server/pageCache.ts,
// src/server/graphqlCopies.ts), shared-cache headers and
// surrogate keys (src/server/sharedCacheHeaders.ts), and a not-found page
// where Next would send an empty one (src/server/notFoundRepair.ts). It also builds the
// search index ahead of the first visitor's search (src/server/warmSearch.ts).
// `npm start`, `npm run dev` and the test servers all run it (scripts/serve.mjs). A bare
// `next start` serves the same site, except that hidden content answers 404 (the page leaves it
// out) rather than 410, an unknown slug gets Next's empty 404 document, and a direct visitor's
// X-Forwarded-For is believed.

export type ServeOptions = { root: string; dev: boolean; port: number; hostname?: string }

const STOP_GRACE_MS = 10_000

/** How long a copy of a cached page may answer here (0: never): the bound for a change made on another instance. */
const pageCacheMaxAge = (): number => env().PAGE_CACHE_MAX_AGE_MS

export async function serve({ root, dev, port, hostname }: ServeOptions) {
  const started = Date.now()
  const trustProxy = trustProxySetting() // a wrong value stops the start with a message
  const maxAgeMs = dev ? 0 : pageCacheMaxAge()
  const labels: SharedCacheLabels = {
    purgedCacheMaxAgeS: cachePurgeUrls().length > 0 ? sharedCacheMaxAgeSeconds() : null,
  }
  const pageCache =
    maxAgeMs > 0
      ? createPageCache({
          maxAgeMs,
          confirmedMaxAgeMs: env().CONFIRMED_COPY_MAX_AGE_MS,
          confirmedAt: contentConfirmedAt,
          generation: publicContentGeneration,
        })
      : null
  // libsql finds its native build by reading process.report.getReport(), which by default names
  // the ends of every open socket through reverse DNS, synchronously. On a host without a
  // resolver for them, with a burst of visitors connected at the first database use, that froze
  // the server for seconds (docs/performance.md, "A start under traffic").
  // (Node ≥ 20.13 has the switch; this @types/node does not list it yet.)
  ;(process.report as NodeJS.ProcessReport & { excludeNetwork: boolean }).excludeNetwork = true
  const app = next({ dev, dir: root, port, hostname: hostname ?? 'localhost', turbopack: dev || undefined })
  const handle = app.getRequestHandler()
  await app.prepare()
  // Our own requests to the app (the hidden list, the search warm-up) stay on loopback.
  const self = `http://127.0.0.1:${port}`
  // In development the first answer waits for the API route to compile.
  const noticeFor = createGoneGate(fetchHiddenIndexFrom(self, dev ? 60_000 : 2_000))
  const notFoundPage = notFoundPagesFrom(self, dev ? 60_000 : 5_000)

  async function onRequest(req: IncomingMessage, res: ServerResponse) {
    pinClientAddress(req.headers, req.socket.remoteAddress, trustProxy)
    if (isForeignNotFoundSourceRequest(req)) req.url = NOT_FOUND_SOURCES.en // answered 404, as a missing address
    if ((req.method === 'GET' || req.method === 'HEAD') && req.url) {
      const notice = await noticeFor(req.url).catch((err: Error) => {
        if (!(err instanceof HiddenListUnavailable)) throw err
        return 'unavailable' as const
      })
      if (notice === 'unavailable') {
        // Whether this page was removed cannot be checked: say so rather than risk serving it.
        res.writeHead(503, {
          'Content-Type': 'text/plain; charset=utf-8',
          'Cache-Control': 'no-store',
          'Retry-After': '1',
        })
        res.end(
          req.method === 'HEAD'
            ? undefined
            : 'The archive cannot reach its database just now; please try again shortly.',
        )
        return
      }
      if (notice) {
        const page = gonePage(notice, /^\/zh(\/|$)/.test(req.url ?? '') ? 'zh' : 'en')
        res.writeHead(page.status, { ...page.headers, 'Content-Length': Buffer.byteLength(page.body) })
        res.end(req.method === 'HEAD' ? undefined : page.body)
        return
      }
    }
    const key = pageCache && pageCacheKey(req)
    if (key) {
      if (pageCache.serve(key, req, res)) return
      pageCache.record(key, res)
    } else if (pageCache && mayCopyGraphql(req)) {
      const body = await readBodyKeepingIt(req)
      if (body) {
        const graphqlKey = graphqlCopyKey(req, body)
        if (pageCache.serve(graphqlKey, req, res)) return
        if (isCopyableQuery(body)) pageCache.record(graphqlKey, res, isAnswerWithoutErrors)
      }
    }
    // After the copy's watcher, so the copy keeps the relabelled headers.
    labelForSharedCache(req, res, labels)
    if (mayRepairNotFound(req)) repairEmptyNotFound(res, () => notFoundPage(localeOfPath(req.url ?? '/')))
    await handle(req, res)
  }

  const server = createServer((req, res) => {
    onRequest(req, res).catch((err: Error) => {
      console.error(`request ${req.method} ${req.url} failed: ${err.stack ?? err.message}`)
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' })
      res.end('Internal server error')
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    // Like `next start`: every interface unless a host is named.
    server.listen(port, hostname, resolve)
  })
  if (!dev) warmSearchIndex({ origin: self, generation: publicContentGeneration })
  console.log(
    `  ▲ Next.js ${dev ? 'dev' : 'production'} server on http://${hostname ?? 'localhost'}:${port}, ready in ${Date.now() - started} ms`,
  )

  let stopping = false
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return
    stopping = true
    // Finish the requests in flight, then let Next close its own resources.
    const force = setTimeout(() => process.exit(0), STOP_GRACE_MS)
    force.unref()
    server.close(() => {
      app.close().finally(() => process.exit(0))
    })
    server.closeIdleConnections()
    console.log(`  server stopping (${signal})`)
  }
  process.on('SIGTERM', stop)
  process.on('SIGINT', stop)
  return server
}
