import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { resolvePayloadSecret } from '../../src/config/secret'

const env = (values: Record<string, string>) => values as NodeJS.ProcessEnv

describe('PAYLOAD_SECRET', () => {
  const tempFile = () => path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'secret-')), 'nested', '.payload-secret')

  it('uses the environment value when it is long enough', () => {
    expect(resolvePayloadSecret(env({ PAYLOAD_SECRET: 'a-real-secret-of-some-length' }), tempFile())).toBe(
      'a-real-secret-of-some-length',
    )
  })

  it('refuses known placeholders and short values', () => {
    for (const value of [
      'YOUR_SECRET_HERE',
      'secret',
      'changeme',
      'ChangeMe',
      'your-secret-key-here',
      'YOUR-SECRET-KEY-HERE',
      'short',
      '',
      '   ',
    ]) {
      expect(() => resolvePayloadSecret(env({ PAYLOAD_SECRET: value }), tempFile()), value).toThrow(
        /PAYLOAD_SECRET (is a placeholder|is shorter)/,
      )
    }
  })

  it('refuses a long value made of a handful of characters', () => {
    for (const value of ['aaaaaaaaaaaaaaaaaaaa', '12121212121212121212', 'abcabcabcabcabcabcabc']) {
      expect(() => resolvePayloadSecret(env({ PAYLOAD_SECRET: value }), tempFile()), value).toThrow(
        /repeats too few distinct characters/,
      )
    }
  })

  it('says so in one line when it generates a secret, and never writes one into the repository', () => {
    const file = tempFile()
    const lines: string[] = []
    const log = console.log
    console.log = (line: string) => lines.push(line)
    try {
      resolvePayloadSecret(env({}), file)
    } finally {
      console.log = log
    }
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/No PAYLOAD_SECRET set: generated one into .*\.payload-secret/)
    expect(fs.readFileSync(path.resolve(import.meta.dirname, '../../.gitignore'), 'utf8')).toMatch(/^\/data\/$/m)
  })

  it('refuses a generated file that was emptied or edited into a weak value', () => {
    const file = tempFile()
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.writeFileSync(file, '\n')
    expect(() => resolvePayloadSecret(env({}), file)).toThrow(/delete the file/)
    fs.writeFileSync(file, 'changeme\n')
    expect(() => resolvePayloadSecret(env({}), file)).toThrow(/placeholder/)
  })

  it('uses the secret another process wrote first instead of failing (two starts at once)', () => {
    const file = tempFile()
    const winner = 'f'.repeat(8) + '0123456789abcdef'.repeat(3)
    const exists = fs.existsSync
    // The other process writes between our existence check and our exclusive create.
    const spy = (candidate: fs.PathLike) => {
      if (candidate === file && !exists(file)) {
        fs.mkdirSync(path.dirname(file), { recursive: true })
        fs.writeFileSync(file, winner + '\n')
        return false
      }
      return exists(candidate)
    }
    ;(fs as { existsSync: typeof fs.existsSync }).existsSync = spy as typeof fs.existsSync
    try {
      expect(resolvePayloadSecret(env({}), file)).toBe(winner)
    } finally {
      ;(fs as { existsSync: typeof fs.existsSync }).existsSync = exists
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
