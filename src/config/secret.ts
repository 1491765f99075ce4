import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { readEnv } from './env'

/** Values copied from examples and tutorials; a site signed with one of them is not secure. */
const PLACEHOLDERS = new Set([
  '',
  'secret',
  'changeme',
  'change-me',
  'your_secret_here',
  'your-secret-here',
  'payload',
  'mysecret',
  'your-secret-key-here',
  'your_payload_secret',
  'supersecret',
])
const MIN_LENGTH = 16

export const SECRET_FILE = path.resolve(process.cwd(), 'data/.payload-secret')

/** Why a value cannot sign sessions, or null when it can. Placeholders match in any case. */
function weakness(value: string): string | null {
  const trimmed = value.trim()
  if (PLACEHOLDERS.has(trimmed.toLowerCase())) return 'is a placeholder'
  if (trimmed.length < MIN_LENGTH) return `is shorter than ${MIN_LENGTH} characters`
  // "aaaaaaaaaaaaaaaa" or "1212121212121212": long enough, guessable all the same.
  if (new Set(trimmed).size < 6) return 'repeats too few distinct characters'
  return null
}

/**
 * PAYLOAD_SECRET from the environment, or one generated once into a git-ignored file so a
 * fresh clone starts with no configuration and never with a secret baked into the code.
 */
export function resolvePayloadSecret(source?: Record<string, string | undefined>, file = SECRET_FILE): string {
  const fromEnv = readEnv(source).PAYLOAD_SECRET
  if (fromEnv !== undefined) {
    const problem = weakness(fromEnv)
    if (problem) {
      throw new Error(
        `PAYLOAD_SECRET ${problem}; set a long random value (e.g. \`openssl rand -hex 32\`) or unset it to have one generated.`,
      )
    }
    return fromEnv
  }
  if (fs.existsSync(file)) return readGenerated(file)
  const secret = crypto.randomBytes(32).toString('hex')
  fs.mkdirSync(path.dirname(file), { recursive: true })
  try {
    fs.writeFileSync(file, secret + '\n', { mode: 0o600, flag: 'wx' })
  } catch (err) {
    // Two processes starting at once (server and a CLI): the other one wrote it first; use theirs.
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return readGenerated(file)
    throw err
  }
  console.log(
    `No PAYLOAD_SECRET set: generated one into ${path.relative(process.cwd(), file)} (git-ignored; keep it to keep sessions valid).`,
  )
  return secret
}

/** A generated file that was emptied or edited by hand is refused like a weak environment value. */
function readGenerated(file: string): string {
  const value = fs.readFileSync(file, 'utf8').trim()
  const problem = weakness(value)
  if (problem)
    throw new Error(
      `The secret in ${file} ${problem}; delete the file to have a new one generated, or set PAYLOAD_SECRET.`,
    )
  return value
}
