import type { Payload, PayloadRequest } from 'payload'

import { cachePurgeUrls } from '../config/sharedCache'
import { HIDDEN_SNAPSHOT_MAX_AGE_MS } from '../takedown/hiddenSnapshot'

// Purges the shared caches in front of the site (CACHE_PURGE_URLS) by surrogate key, from the
// hooks that revalidate Next (src/site/revalidate.ts). The save never waits: the purge runs
// after the request's database transaction has committed (purged earlier, the cache would
// fetch the old page again), retries with backoff, logs, and records a purge that never got
// through in the admin-only `cache-purge-failures` collection.

/** Waits between attempts; after the last, the failure is recorded. */
const RETRY_DELAYS_MS = [250, 500, 1_000, 2_000, 4_000, 8_000]
const ATTEMPT_TIMEOUT_MS = 2_000
const COMMIT_WAIT_MS = 30_000

/**
 * Another instance may answer from state up to this old (its 410 snapshot; its page copies
 * live shorter): if the cache fetched the page from it just after the first purge, a second
 * purge once that state has expired takes the stale copy out.
 */
const REPEAT_AFTER_MS = HIDDEN_SNAPSHOT_MAX_AGE_MS + 100

type Send = (url: string, keys: string[]) => Promise<void>

/** Varnish's xkey vmod (deploy/varnish/default.vcl) answers `PURGE` with an `xkey` header; so can a small relay in front of a CDN's API. */
const sendPurge: Send = async (url, keys) => {
  const res = await fetch(url, {
    method: 'PURGE',
    headers: { xkey: keys.join(' ') },
    signal: AbortSignal.timeout(ATTEMPT_TIMEOUT_MS),
  })
  await res.body?.cancel()
  if (!res.ok) throw new Error(`answered ${res.status}`)
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Resolves once the request's transaction has committed. Without transactions (SQLite here)
 * Payload leaves `req.transactionID` as a promise of null for the rest of the request, never
 * cleared: that means there is nothing to wait for, not a transaction still open. Worse, once
 * the request has read a relationship, Payload's dataloader has put it through JSON (its batch
 * key, payload/dist/collections/dataloader.js) and left `{}` in its place; the database
 * adapters' transaction ids are strings or numbers, so any other object is no transaction
 * either. Without this the takedown decision's purge waited 30 s (test/int/shared-cache-purge).
 */
export async function transactionSettled(req: Pick<PayloadRequest, 'transactionID'>): Promise<void> {
  const deadline = Date.now() + COMMIT_WAIT_MS
  while (Date.now() < deadline) {
    const id: unknown = req.transactionID
    if (!id) return
    if (id instanceof Promise) {
      if ((await id) === null) return
    } else if (typeof id !== 'string' && typeof id !== 'number') return
    await sleep(10)
  }
}

/** One cache, with retries; resolves false when every attempt failed (after recording it). */
export async function purgeWithRetry(
  payload: Payload,
  url: string,
  keys: string[],
  reason: string,
  { send = sendPurge, delaysMs = RETRY_DELAYS_MS } = {},
): Promise<boolean> {
  let lastError = ''
  for (let attempt = 0; attempt <= delaysMs.length; attempt++) {
    if (attempt > 0) await sleep(delaysMs[attempt - 1])
    try {
      await send(url, keys)
      payload.logger.debug({ msg: `purged ${keys.join(' ')} at ${url} (${reason})` })
      return true
    } catch (err) {
      lastError = (err as Error).message
      payload.logger.warn({ msg: `cache purge at ${url} failed (attempt ${attempt + 1}, ${reason}): ${lastError}` })
    }
  }
  payload.logger.error({ msg: `cache purge at ${url} gave up after ${delaysMs.length + 1} attempts (${reason})` })
  await payload
    .create({
      collection: 'cache-purge-failures',
      data: { cacheUrl: url, keys, reason, attempts: delaysMs.length + 1, error: lastError.slice(0, 500) },
      overrideAccess: true,
    })
    .catch((err: Error) => payload.logger.error({ msg: `could not record the failed purge: ${err.message}` }))
  return false
}

/** Starts the purge of `keys` in every configured shared cache and returns at once. */
export function purgeSharedCaches(req: PayloadRequest, keys: string[], reason: string): void {
  const urls = cachePurgeUrls()
  if (urls.length === 0 || keys.length === 0) return
  const { payload } = req
  void transactionSettled(req).then(async () => {
    await Promise.all(urls.map((url) => purgeWithRetry(payload, url, keys, reason)))
    await sleep(REPEAT_AFTER_MS)
    await Promise.all(urls.map((url) => purgeWithRetry(payload, url, keys, `${reason}, repeated`)))
  })
}
