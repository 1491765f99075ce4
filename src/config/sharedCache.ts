// Settings for the shared cache in front of the site (Varnish or a CDN): see docs/deployment.md.

/** Where purges go: CACHE_PURGE_URLS, a comma- or space-separated list of addresses. Empty: no shared cache is purged. */
export function cachePurgeUrls(): string[] {
  const raw = process.env.CACHE_PURGE_URLS ?? ''
  const urls = raw.split(/[\s,]+/).filter(Boolean)
  for (const url of urls) {
    if (!/^https?:\/\//.test(url))
      throw new Error(`CACHE_PURGE_URLS holds "${url}"; give full http:// or https:// addresses, comma-separated`)
  }
  return urls
}

/**
 * How long a purged shared cache may keep a page (seconds): the bound on staleness should
 * every purge attempt fail. Only sent when CACHE_PURGE_URLS names a cache to purge.
 */
export function sharedCacheMaxAgeSeconds(): number {
  const raw = process.env.CACHE_SHARED_MAX_AGE_S
  const seconds = raw === undefined || raw === '' ? 3600 : Number(raw)
  if (!Number.isInteger(seconds) || seconds < 1)
    throw new Error(`CACHE_SHARED_MAX_AGE_S must be a whole number of seconds, at least 1 (got "${raw}")`)
  return seconds
}
