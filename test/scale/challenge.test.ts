import crypto from 'node:crypto'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { connectTestRedis, TEST_REDIS_URL } from './instances'
import { closeSharedRedis, redisKey } from '../../src/config/redis'
import { checkChallenge, releaseChallenge } from '../../src/takedown/challenge'
import { solvedAltcha } from '../helpers/takedown'

// A solved anti-robot challenge is accepted once across all instances when they share Redis.

let other: Awaited<ReturnType<typeof connectTestRedis>>

beforeAll(async () => {
  process.env.PAYLOAD_SECRET ||= 'scale-secret-for-the-expo-archive-instances-suite'
  process.env.REDIS_URL = TEST_REDIS_URL
  process.env.REDIS_KEY_PREFIX = `expo-archive-challenge-test-${process.pid}:`
  other = await connectTestRedis()
})
afterAll(async () => {
  for await (const key of other.scanIterator({ MATCH: `${process.env.REDIS_KEY_PREFIX}*` })) await other.del(key)
  await closeSharedRedis()
  await other?.quit()
  delete process.env.REDIS_URL
  delete process.env.REDIS_KEY_PREFIX
})

describe('spent challenges with REDIS_URL', () => {
  it('takes an accepted challenge in Redis until it expires', async () => {
    const verdict = await checkChallenge({ altcha: await solvedAltcha() })
    if (!verdict.ok) throw new Error(verdict.message)
    const ttl = await other.pTTL(redisKey('challenge', verdict.id))
    expect(ttl).toBeGreaterThan(60 * 60_000)
    expect(ttl).toBeLessThanOrEqual(verdict.expiresAt - Date.now() + 1_000)
  })

  it('refuses a challenge that another instance already took, without taking it here', async () => {
    const altcha = await solvedAltcha()
    // A solution is spent by its signature (src/takedown/challenge.ts), whatever else the payload holds.
    const { signature } = JSON.parse(Buffer.from(altcha, 'base64').toString()) as { signature: string }
    const id = crypto.createHash('sha256').update(`altcha:${signature}`).digest('hex')
    // Another instance accepted a submission with this solution: only Redis knows.
    await other.set(redisKey('challenge', id), '1', { PX: 60_000 })
    expect(await checkChallenge({ altcha })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/already sent/),
    })
    // That instance's submission was refused after all and gave the challenge back.
    await other.del(redisKey('challenge', id))
    expect((await checkChallenge({ altcha })).ok).toBe(true)
  })

  it('gives a released challenge back to every instance', async () => {
    const altcha = await solvedAltcha()
    const verdict = await checkChallenge({ altcha })
    if (!verdict.ok) throw new Error(verdict.message)
    expect(await checkChallenge({ altcha })).toMatchObject({ ok: false })
    await releaseChallenge(verdict.id)
    expect(await other.exists(redisKey('challenge', verdict.id))).toBe(0)
    expect((await checkChallenge({ altcha })).ok).toBe(true)
  })
})
