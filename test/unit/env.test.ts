import { describe, expect, it } from 'vitest'

import { readEnv, servedOverHttps } from '../../src/config/env'

describe('settings (src/config/env.ts)', () => {
  it('gives the defaults for an empty environment, numbers as numbers', () => {
    const env = readEnv({})
    expect(env).toMatchObject({
      PORT: 3000,
      SMTP_PORT: 587,
      PAGE_CACHE_MAX_AGE_MS: 250,
      TAKEDOWN_SNAPSHOT_MAX_AGE_MS: 500,
      SUBMISSION_CONCURRENCY: 2,
      CHALLENGE_MAX_NUMBER: 200_000,
      TRUST_PROXY: 'loopback',
      REDIS_KEY_PREFIX: 'expo-archive:',
    })
    expect(env.SUBMISSION_LIMIT_PER_IP).toBeUndefined()
    expect(readEnv({ TAKEDOWN_SNAPSHOT_MAX_AGE_MS: '60000', JOBS_AUTORUN: 'off' })).toMatchObject({
      TAKEDOWN_SNAPSHOT_MAX_AGE_MS: 60_000,
      JOBS_AUTORUN: false,
    })
  })

  it('refuses a bad value with one line naming the variable', () => {
    for (const [name, value] of [
      ['TAKEDOWN_SNAPSHOT_MAX_AGE_MS', 'soon'],
      ['PAGE_CACHE_MAX_AGE_MS', '-1'],
      ['SUBMISSION_CONCURRENCY', '0'],
      ['PORT', '70000'],
      ['SMTP_SECURE', 'maybe'],
      ['TRUST_PROXY', 'yes'],
    ]) {
      let message = ''
      try {
        readEnv({ [name]: value })
      } catch (err) {
        message = (err as Error).message
      }
      expect(message, name).toContain(name)
      expect(message, name).toContain(value)
      expect(message, name).not.toContain('\n')
    }
  })

  it('decides HTTPS from the site address alone', () => {
    expect(servedOverHttps(readEnv({ SITE_URL: 'https://expo.example.org' }))).toBe(true)
    expect(servedOverHttps(readEnv({ NEXT_PUBLIC_SITE_URL: 'https://expo.example.org' }))).toBe(true)
    expect(servedOverHttps(readEnv({ SITE_URL: 'http://localhost:3000' }))).toBe(false)
    expect(servedOverHttps(readEnv({}))).toBe(false)
  })
})
