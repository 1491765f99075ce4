import { describe, expect, it } from 'vitest'

import { DEFAULT_SUBMISSION_LIMITS, submissionLimits } from '../../src/takedown/rateLimit'

const env = (values: Record<string, string>) => values as NodeJS.ProcessEnv

describe('submission limits', () => {
  it('are the defaults when no override is set, as in production', () => {
    expect(submissionLimits(env({}))).toEqual(DEFAULT_SUBMISSION_LIMITS)
    expect(DEFAULT_SUBMISSION_LIMITS).toMatchObject({
      perIp: { max: 5 },
      perIpWithoutScript: { max: 2 },
      perEmail: { max: 3 },
      perIpRequests: { max: 30 },
    })
  })

  it('take a count from the environment, keeping each window', () => {
    const limits = submissionLimits(
      env({
        SUBMISSION_LIMIT_PER_IP: '5000',
        SUBMISSION_LIMIT_PER_EMAIL: '4',
        SUBMISSION_LIMIT_REQUESTS_PER_IP: '20000',
      }),
    )
    expect(limits.perIp).toEqual({ max: 5000, windowMs: DEFAULT_SUBMISSION_LIMITS.perIp.windowMs })
    expect(limits.perEmail.max).toBe(4)
    expect(limits.perIpRequests.max).toBe(20000)
    expect(limits.perIpWithoutScript).toEqual(DEFAULT_SUBMISSION_LIMITS.perIpWithoutScript)
  })

  it('refuse a value that is not a whole number of at least 1', () => {
    for (const value of ['0', '-1', 'lots', '2.5']) {
      expect(() => submissionLimits(env({ SUBMISSION_LIMIT_PER_EMAIL: value }))).toThrow(
        /SUBMISSION_LIMIT_PER_EMAIL is '.*'; use a whole number/,
      )
    }
  })
})
