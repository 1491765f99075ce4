import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http'

import { headersGiven } from './responseParts'
import { surrogateKeysForPath } from '../cache/surrogateKeys'

// What a shared cache (Varnish, a CDN, any proxy) in front of the site may do with a public
// page. Next marks a prerendered page `s-maxage=31536000`: a proxy that nobody purges would
// keep a removed page for a year. Here such an answer is relabelled on its way out:
// - `Cache-Control: public, max-age=0, s-maxage=1`: a cache that nobody purges keeps it ~1 s;
// - with a purged cache configured (CACHE_PURGE_URLS), `Surrogate-Control` and
//   `CDN-Cache-Control` let that cache keep it longer, because the change hooks purge it;
// - `xkey` (Varnish), `Surrogate-Key` (Fastly and others) and `Cache-Tag` (Cloudflare) name
//   the documents shown (src/cache/surrogateKeys.ts), which is what a purge asks for.

export type SharedCacheLabels = { purgedCacheMaxAgeS: number | null }

function isSharedCacheable(cacheControl: string): boolean {
  return /\bs-maxage=\d+/.test(cacheControl) && !/\b(private|no-store|no-cache)\b/.test(cacheControl)
}

/** The headers that replace Next's Cache-Control on a shared-cacheable answer to `pathname`. */
export function sharedCacheHeaders(pathname: string, { purgedCacheMaxAgeS }: SharedCacheLabels): OutgoingHttpHeaders {
  const keys = surrogateKeysForPath(pathname)
  return {
    'cache-control': 'public, max-age=0, s-maxage=1',
    ...(purgedCacheMaxAgeS
      ? {
          'surrogate-control': `max-age=${purgedCacheMaxAgeS}`,
          'cdn-cache-control': `max-age=${purgedCacheMaxAgeS}`,
        }
      : { 'cdn-cache-control': 'max-age=1' }),
    xkey: keys.join(' '),
    'surrogate-key': keys.join(' '),
    'cache-tag': keys.join(','),
  }
}

/** Relabels the answer to a GET or HEAD as it is written, when Next marked it for shared caches. */
export function labelForSharedCache(req: IncomingMessage, res: ServerResponse, labels: SharedCacheLabels): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') return
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse
  res.writeHead = ((...args: unknown[]) => {
    const given = headersGiven(args)
    const givenCacheControl = given && Object.entries(given).find(([name]) => name.toLowerCase() === 'cache-control')
    const cacheControl = String(givenCacheControl?.[1] ?? res.getHeader('cache-control') ?? '')
    if (isSharedCacheable(cacheControl)) {
      // Set on the response, not in the given headers, so every watcher reads the same values.
      if (givenCacheControl && given) delete given[givenCacheControl[0]]
      const pathname = (req.url ?? '/').split(/[?#]/, 1)[0]
      for (const [name, value] of Object.entries(sharedCacheHeaders(pathname, labels)))
        res.setHeader(name, value as string)
    }
    return writeHead(...args)
  }) as typeof res.writeHead
}
