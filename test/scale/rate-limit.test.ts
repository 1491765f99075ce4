import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { connectTestRedis, TEST_REDIS_URL } from './instances'
import { closeSharedRedis, redisKey } from '../../src/config/redis'
import { hit, isLimited, resetRateLimits } from '../../src/takedown/rateLimit'

// The rate-limit counters against a real Redis (TEST_REDIS_URL): what one instance counts,
// every other sees. The two-server version of this is in shared-cache.test.ts.

const limit = { max: 3, windowMs: 60_000 }
let other: Awaited<ReturnType<typeof connectTestRedis>>

beforeAll(async () => {
  process.env.REDIS_URL = TEST_REDIS_URL
  process.env.REDIS_KEY_PREFIX = `expo-archive-rate-test-${process.pid}:`
  other = await connectTestRedis()
})
afterAll(async () => {
  await resetRateLimits()
  await closeSharedRedis()
  await other?.quit()
  delete process.env.REDIS_URL
  delete process.env.REDIS_KEY_PREFIX
})

describe('rate limits with REDIS_URL', () => {
  it('counts in Redis, with the window as the key’s expiry', async () => {
    expect([await hit('ip:a', limit), await hit('ip:a', limit), await hit('ip:a', limit)]).toEqual([0, 0, 0])
    expect(await other.get(redisKey('rate', 'ip:a'))).toBe('3')
    const ttl = await other.pTTL(redisKey('rate', 'ip:a'))
    expect(ttl).toBeGreaterThan(55_000)
    expect(ttl).toBeLessThanOrEqual(60_000)
    expect(await hit('ip:a', limit)).toBeGreaterThan(55)
    expect(await isLimited('ip:a', limit)).toBeGreaterThan(55)
  })

  it('sees hits counted by another instance', async () => {
    expect(await isLimited('ip:b', limit)).toBe(0)
    await other.set(redisKey('rate', 'ip:b'), '3', { PX: 30_000 })
    expect(await isLimited('ip:b', limit)).toBeGreaterThan(25)
    expect(await hit('ip:b', limit)).toBeGreaterThan(25)
  })

  it('starts a new window when the old one expired', async () => {
    await other.set(redisKey('rate', 'ip:c'), '9', { PX: 50 })
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(await hit('ip:c', limit)).toBe(0)
    expect(await other.get(redisKey('rate', 'ip:c'))).toBe('1')
  })

  it('falls back to this process’s memory, limits still on, when Redis cannot be reached', async () => {
    await closeSharedRedis()
    process.env.REDIS_URL = 'redis://127.0.0.1:9/0'
    try {
      const results = [] as number[]
      for (let i = 0; i < 4; i++) results.push(await hit('ip:d', limit))
      expect(results.slice(0, 3)).toEqual([0, 0, 0])
      expect(results[3]).toBeGreaterThan(0)
    } finally {
      process.env.REDIS_URL = TEST_REDIS_URL
      await closeSharedRedis()
    }
  })
})
