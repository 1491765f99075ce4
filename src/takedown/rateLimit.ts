// Fixed-window counters kept in this process's memory. One server process is how the site is
// deployed (`npm start`); several processes would each allow the limit, which still bounds abuse.
// Counters live on globalThis so proxy.ts and the API, bundled separately, share them.

type Window = { count: number; resetAt: number }
const STORE_KEY = Symbol.for('expo-archive.rate-limits')
const store: Map<string, Window> = ((globalThis as Record<symbol, unknown>)[STORE_KEY] as Map<string, Window>) ??
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
} satisfies Record<string, Limit>

/**
 * Environment variables that raise or lower a limit's count (its window stays). Unset in
 * production; the load test (test/load) sets them so thousands of submissions from loopback
 * reach the database instead of all stopping at the per-network budget.
 */
export const LIMIT_OVERRIDES = {
  perIp: 'SUBMISSION_LIMIT_PER_IP',
  perEmail: 'SUBMISSION_LIMIT_PER_EMAIL',
  perIpRequests: 'SUBMISSION_LIMIT_REQUESTS_PER_IP',
} as const

export function submissionLimits(env: NodeJS.ProcessEnv = process.env): typeof DEFAULT_SUBMISSION_LIMITS {
  const limits = structuredClone(DEFAULT_SUBMISSION_LIMITS)
  for (const [name, variable] of Object.entries(LIMIT_OVERRIDES) as [keyof typeof LIMIT_OVERRIDES, string][]) {
    const raw = env[variable]
    if (raw === undefined || raw === '') continue
    if (!/^\d{1,9}$/.test(raw.trim()) || Number(raw) < 1) {
      throw new Error(`${variable} is '${raw}'; use a whole number of at least 1, or leave it unset for the default (${limits[name].max}).`)
    }
    limits[name].max = Number(raw)
  }
  return limits
}

export const SUBMISSION_LIMITS = submissionLimits()

/** Counts one hit against `key`; returns the seconds to wait when over the limit, else 0. */
export function hit(key: string, limit: Limit, now = Date.now()): number {
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
export function unhit(key: string, now = Date.now()) {
  const current = store.get(key)
  if (current && current.resetAt > now && current.count > 0) current.count--
}

/** Whether `key` is over its limit, without counting. */
export function isLimited(key: string, limit: Limit, now = Date.now()): number {
  const current = store.get(key)
  return current && current.resetAt > now && current.count >= limit.max ? Math.ceil((current.resetAt - now) / 1000) : 0
}

function sweep(now: number) {
  for (const [key, w] of store) if (w.resetAt <= now) store.delete(key)
}

/** For tests: forget every counter. */
export function resetRateLimits() {
  store.clear()
}

/**
 * The client address. The right-most X-Forwarded-For entry is the one our own front server
 * (Next, or a reverse proxy in front of it) appended; entries to its left come from the
 * client and could be forged.
 */
export function clientIp(headers: Headers | undefined | null): string {
  const forwarded = headers?.get('x-forwarded-for')
  const last = forwarded?.split(',').map((s) => s.trim()).filter(Boolean).at(-1)
  return last || headers?.get('x-real-ip') || 'unknown'
}
