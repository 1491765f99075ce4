import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { resolvePayloadSecret } from '../../src/config/secret'

const env = (values: Record<string, string>) => values as NodeJS.ProcessEnv

describe('PAYLOAD_SECRET', () => {
  const tempFile = () => path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'secret-')), 'nested', '.payload-secret')

  it('uses the environment value when it is long enough', () => {
    expect(resolvePayloadSecret(env({ PAYLOAD_SECRET: 'a-real-secret-of-some-length' }), tempFile())).toBe('a-real-secret-of-some-length')
  })

  it('refuses known placeholders and short values', () => {
    for (const value of ['YOUR_SECRET_HERE', 'secret', 'changeme', 'short', '']) {
      expect(() => resolvePayloadSecret(env({ PAYLOAD_SECRET: value }), tempFile())).toThrow(/PAYLOAD_SECRET is a placeholder/)
    }
  })

  it('generates one into a private file when unset, and keeps reusing it', () => {
    const file = tempFile()
    const first = resolvePayloadSecret(env({}), file)
    expect(first).toMatch(/^[0-9a-f]{64}$/)
    expect(fs.statSync(file).mode & 0o777).toBe(0o600)
    expect(resolvePayloadSecret(env({}), file)).toBe(first)
  })
})
