import type { createClient } from 'redis'

import { env } from './env'

// The one Redis connection this process uses for state that several server instances must
// share (rate-limit counters, spent anti-robot challenges). Off unless REDIS_URL is set: one
// instance keeps that state in its own memory, as it always did. Next's page cache has its own
// connection (src/cache/redisCacheHandler.cjs).

export type SharedRedis = ReturnType<typeof createClient>

// proxy.ts and the app are bundled separately but run in one process: share one client.
const HOLDER = Symbol.for('expo-archive.redis')
type Holder = { client: Promise<SharedRedis> | null; failedAt: number; warned: boolean }
const holder: Holder =
  ((globalThis as Record<symbol, unknown>)[HOLDER] as Holder) ??
  ((globalThis as Record<symbol, unknown>)[HOLDER] = { client: null, failedAt: 0, warned: false })

/** After a failed connection, callers use their in-memory fallback for this long before retrying. */
const RETRY_AFTER_MS = 5_000

/** Prefix of every key this app writes; REDIS_KEY_PREFIX separates two sites on one Redis. */
export function redisKey(...parts: string[]): string {
  return `${env().REDIS_KEY_PREFIX || 'expo-archive:'}${parts.join(':')}`
}

/** The shared client, or null when REDIS_URL is unset or Redis cannot be reached just now. */
export async function sharedRedis(): Promise<SharedRedis | null> {
  const url = env().REDIS_URL
  if (!url) return null
  if (!holder.client) {
    if (Date.now() - holder.failedAt < RETRY_AFTER_MS) return null
    holder.client = connect(url)
  }
  try {
    return await holder.client
  } catch (err) {
    holder.client = null
    holder.failedAt = Date.now()
    warnRedisUnavailable(err)
    return null
  }
}

async function connect(url: string): Promise<SharedRedis> {
  const { createClient } = await import('redis')
  let wasReady = false
  const client = createClient({
    url,
    // A command fails at once while disconnected, so callers fall back instead of hanging.
    disableOfflineQueue: true,
    socket: {
      connectTimeout: 2_000,
      // A first connection that fails gives up (sharedRedis retries later); a lost one reconnects.
      reconnectStrategy: (retries, cause) => (wasReady ? Math.min(250 * (retries + 1), 2_000) : cause),
    },
  })
  client.on('error', warnRedisUnavailable)
  client.on('ready', () => {
    wasReady = true
    holder.warned = false
  })
  await client.connect()
  return client
}

/** One line per outage, not one per request. */
export function warnRedisUnavailable(err: unknown): void {
  if (holder.warned) return
  holder.warned = true
  console.error(
    `Redis at REDIS_URL is unavailable (${(err as Error)?.message ?? err}); using this process's memory until it is back.`,
  )
}

/** For tests: close the connection so the process can exit. */
export async function closeSharedRedis(): Promise<void> {
  const client = holder.client
  holder.client = null
  if (client) await (await client.catch(() => null))?.quit().catch(() => undefined)
}
