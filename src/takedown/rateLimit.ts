import { isIPv6 } from 'node:net'

import { type Env, readEnv } from '../config/env'
import { redisKey, sharedRedis, type SharedRedis, warnRedisUnavailable } from '../config/redis'

// Fixed-window counters. With REDIS_URL set they live in Redis, so every server instance counts
// against the same budget; otherwise (one instance, the default) in this process's memory, which
// is also the fallback while Redis is unreachable: the limits stay on, just per instance.
// Memory counters live on globalThis so proxy.ts and the API, bundled separately, share them.

type Window = { count: number; resetAt: number }
const STORE_KEY = Symbol.for('expo-archive.rate-limits')
const store: Map<string, Window> =
  ((globalThis as Record<symbol, unknown>)[STORE_KEY] as Map<string, Window>) ??
  ((globalThis as Record<symbol, unknown>)[STORE_KEY] = new Map<string, Window>())

export type Limit = { max: number; windowMs: number }

/** Submissions of the contact and removal forms (and POST /api/contact-requests). */
export const DEFAULT_SUBMISSION_LIMITS = {
  perIp: { max: 5, windowMs: 10 * 60_000 },
  /** The no-JavaScript challenge is easier for bots, so it gets a tighter budget. */
  perIpWithoutScript: { max: 2, windowMs: 10 * 60_000 },
  perEmail: { max: 3, windowMs: 60 * 60_000 },
  /** Any POST reaching the form routes or the API, counted in proxy.ts before parsing. */
  perIpRequests: { max: 30, windowMs: 10 * 60_000 },
  /** GraphQL requests, counted in proxy.ts: each is refused above a cost before running, this bounds how many. */
  graphqlPerIp: { max: 60, windowMs: 60_000 },
  /** Sign-in attempts (REST and the admin's form), counted in proxy.ts: the per-account lockout alone let anyone keep an account locked. */
  loginPerIp: { max: 30, windowMs: 10 * 60_000 },
} satisfies Record<string, Limit>

/**
 * Environment variables that raise or lower a limit's count (its window stays). Unset in
 * production; the load test (test/load) sets them so thousands of submissions from loopback
 * reach the database instead of all stopping at the per-network budget.
 */
export const LIMIT_OVERRIDES = {
  perIp: 'SUBMISSION_LIMIT_PER_IP',
  perIpWithoutScript: 'SUBMISSION_LIMIT_PER_IP_WITHOUT_SCRIPT',
  perEmail: 'SUBMISSION_LIMIT_PER_EMAIL',
  perIpRequests: 'SUBMISSION_LIMIT_REQUESTS_PER_IP',
  graphqlPerIp: 'GRAPHQL_LIMIT_PER_IP',
  loginPerIp: 'LOGIN_LIMIT_PER_IP',
} as const

/** The limits with the environment's overrides (`source`: the process's environment unless a test names one). */
export function submissionLimits(source?: Record<string, string | undefined>): typeof DEFAULT_SUBMISSION_LIMITS {
  const limits = structuredClone(DEFAULT_SUBMISSION_LIMITS)
  const settings = readEnv(source)
  for (const [name, variable] of Object.entries(LIMIT_OVERRIDES) as [keyof typeof LIMIT_OVERRIDES, keyof Env][]) {
    const max = settings[variable] as number | undefined
    if (max !== undefined) limits[name].max = max
  }
  return limits
}

export const SUBMISSION_LIMITS = submissionLimits()

/** Whole seconds left in a Redis window (PTTL answers -1 or -2 for a key without one: say 1). */
const secondsLeft = (msLeft: unknown) => Math.max(1, Math.ceil(Number(msLeft) / 1000))

/** Counts one hit against `key`; returns the seconds to wait when over the limit, else 0. */
export async function hit(key: string, limit: Limit, now = Date.now()): Promise<number> {
  const redis = await sharedRedis()
  if (redis) {
    try {
      return await redisHit(redis, key, limit)
    } catch (err) {
      warnRedisUnavailable(err)
    }
  }
  return memoryHit(key, limit, now)
}

/** Whether `key` is over its limit, without counting. */
export async function isLimited(key: string, limit: Limit, now = Date.now()): Promise<number> {
  const redis = await sharedRedis()
  if (redis) {
    try {
      const [count, msLeft] = await redis.multi().get(redisKey('rate', key)).pTTL(redisKey('rate', key)).exec()
      return Number(count ?? 0) >= limit.max ? secondsLeft(msLeft) : 0
    } catch (err) {
      warnRedisUnavailable(err)
    }
  }
  const current = store.get(key)
  return current && current.resetAt > now && current.count >= limit.max ? Math.ceil((current.resetAt - now) / 1000) : 0
}

/**
 * Same rule as memoryHit, in one atomic step on the Redis server: the window starts with the
 * first hit (its expiry is the window) and a hit over the limit is not counted, so giving back
 * a hit (unhit) never frees a place that a refused request took. A script rather than MULTI,
 * because whether to count depends on the count.
 */
const HIT_SCRIPT = `
local count = tonumber(redis.call('GET', KEYS[1]) or '0')
if count >= tonumber(ARGV[1]) then return {0, redis.call('PTTL', KEYS[1])} end
count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return {1, redis.call('PTTL', KEYS[1])}`

const UNHIT_SCRIPT = `
local count = tonumber(redis.call('GET', KEYS[1]) or '0')
if count > 0 then redis.call('DECR', KEYS[1]) end
return count`

async function redisHit(redis: SharedRedis, key: string, limit: Limit): Promise<number> {
  const [counted, msLeft] = (await redis.eval(HIT_SCRIPT, {
    keys: [redisKey('rate', key)],
    arguments: [String(limit.max), String(limit.windowMs)],
  })) as [number, number]
  return counted ? 0 : secondsLeft(msLeft)
}

function memoryHit(key: string, limit: Limit, now: number): number {
  const current = store.get(key)
  if (!current || current.resetAt <= now) {
    store.set(key, { count: 1, resetAt: now + limit.windowMs })
    if (store.size > 50_000) sweep(now)
    return 0
  }
  if (current.count >= limit.max) return Math.ceil((current.resetAt - now) / 1000)
  current.count++
  return 0
}

/** Gives back one hit counted by `hit` (a reservation whose submission was then refused). */
export async function unhit(key: string, now = Date.now()): Promise<void> {
  const redis = await sharedRedis()
  if (redis) {
    try {
      await redis.eval(UNHIT_SCRIPT, { keys: [redisKey('rate', key)] })
      return
    } catch (err) {
      warnRedisUnavailable(err)
    }
  }
  const current = store.get(key)
  if (current && current.resetAt > now && current.count > 0) current.count--
}

function sweep(now: number) {
  for (const [key, w] of store) if (w.resetAt <= now) store.delete(key)
}

/** For tests: forget every counter, in memory and (when REDIS_URL is set) in Redis. */
export async function resetRateLimits(): Promise<void> {
  store.clear()
  const redis = await sharedRedis()
  if (!redis) return
  const keys: string[] = []
  for await (const key of redis.scanIterator({ MATCH: redisKey('rate', '*'), COUNT: 500 })) keys.push(key)
  if (keys.length) await redis.del(keys)
}

/**
 * The network a limit counts: an IPv4 address as it is, an IPv6 address by its /64, since one
 * subscriber usually holds a whole /64 and could otherwise take a fresh address per request.
 */
export function limitNetwork(ip: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip)
  if (mapped) return mapped[1]
  if (!isIPv6(ip)) return ip
  const [head, tail = ''] = ip.toLowerCase().split('::')
  const left = head ? head.split(':') : []
  const right = tail ? tail.split(':') : []
  const groups = ip.includes('::') ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right] : left
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`
}

/**
 * The client address. The right-most X-Forwarded-For entry is the one our own front server
 * (Next, or a reverse proxy in front of it) appended; entries to its left come from the
 * client and could be forged.
 */
export function clientIp(headers: Headers | undefined | null): string {
  const forwarded = headers?.get('x-forwarded-for')
  const last = forwarded
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .at(-1)
  return last || headers?.get('x-real-ip') || 'unknown'
}
