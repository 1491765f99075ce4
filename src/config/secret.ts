import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

/** Values copied from examples and tutorials; a site signed with one of them is not secure. */
const PLACEHOLDERS = new Set(['', 'secret', 'changeme', 'change-me', 'your_secret_here', 'YOUR_SECRET_HERE', 'payload', 'mysecret'])

export const SECRET_FILE = path.resolve(process.cwd(), 'data/.payload-secret')

/**
 * PAYLOAD_SECRET from the environment, or one generated once into a git-ignored file so a
 * fresh clone starts with no configuration and never with a secret baked into the code.
 */
export function resolvePayloadSecret(env: NodeJS.ProcessEnv = process.env, file = SECRET_FILE): string {
  const fromEnv = env.PAYLOAD_SECRET
  if (fromEnv !== undefined) {
    if (PLACEHOLDERS.has(fromEnv.trim()) || fromEnv.trim().length < 16) {
      throw new Error('PAYLOAD_SECRET is a placeholder or shorter than 16 characters; set a long random value (e.g. `openssl rand -hex 32`) or unset it to have one generated.')
    }
    return fromEnv
  }
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim()
  const secret = crypto.randomBytes(32).toString('hex')
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, secret + '\n', { mode: 0o600, flag: 'wx' })
  console.log(`No PAYLOAD_SECRET set: generated one into ${path.relative(process.cwd(), file)} (git-ignored; keep it to keep sessions valid).`)
  return secret
}
