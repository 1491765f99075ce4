import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { revalidateSite } from '../../scripts/lib.mjs'

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..')
export const E2E_PORT = Number(process.env.E2E_PORT || 3123)
export const E2E_DATA = path.join(root, 'data/e2e')

/** Environment for the build and the server: a database and uploads of their own. */
export function serverEnv(): NodeJS.ProcessEnv {
  // The server runs as in production: not a test worker (which would, e.g., leave the job crons off).
  const { VITEST: _v, VITEST_POOL_ID: _p, VITEST_WORKER_ID: _w, ...inherited } = process.env
  return {
    ...inherited,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    DATABASE_URL: `file:${path.join(E2E_DATA, 'site.db')}`,
    MEDIA_DIR: path.join(E2E_DATA, 'media'),
    PAYLOAD_SECRET: 'e2e-secret-for-the-expo-archive-browser-suite',
    SITE_URL: `http://localhost:${E2E_PORT}`,
    PORT: String(E2E_PORT),
    // The takedown suite listens for mail here (test/helpers/mailbox.ts).
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: process.env.E2E_SMTP_PORT || '3125',
    // So long that the takedown test's 1 s bound can only be met by the in-process refresh
    // of the 410 gate's snapshot, which is what it is meant to prove.
    TAKEDOWN_SNAPSHOT_MAX_AGE_MS: '60000',
    // Every browser test files from loopback: the forms' suites (JS on and off, in both languages)
    // send more than one network's budget in ten minutes. The limits themselves are tested in test/int.
    SUBMISSION_LIMIT_PER_IP: '100',
    SUBMISSION_LIMIT_PER_IP_WITHOUT_SCRIPT: '100',
    // The widget solves when the form is sent: at the full 200 000 a busy CI machine took over
    // the 3 s minimum fill time, so the "sent too quickly" refusal these tests provoke did not come.
    CHALLENGE_MAX_NUMBER: '20000',
    // Every notice here comes from @example.test; the ceiling on automatic hides is tested in test/int.
    AUTO_HIDE_LIMIT_PER_SENDER: '1000000',
    AUTO_HIDE_LIMIT_PER_DOMAIN: '1000000',
    NODE_OPTIONS: `--import=${path.join(root, 'scripts/preload-lexical.mjs')}`,
  }
}

function step(label: string, command: string, args: string[], env: NodeJS.ProcessEnv) {
  const started = Date.now()
  const result = spawnSync(command, args, { cwd: root, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  if (result.status !== 0) throw new Error(`${label} failed:\n${(result.stdout + result.stderr).slice(-4000)}`)
  console.log(`  e2e: ${label} in ${((Date.now() - started) / 1000).toFixed(1)} s`)
}

/** A fresh seeded database, a production build against it, and the site's server (scripts/serve.mjs) on E2E_PORT. */
export async function startServer(): Promise<ChildProcess> {
  fs.rmSync(E2E_DATA, { recursive: true, force: true })
  fs.mkdirSync(E2E_DATA, { recursive: true })
  const env = serverEnv()
  step('migrate and seed', process.execPath, ['scripts/run-ts.mjs', 'src/cli/prepare.ts'], {
    ...env,
    NODE_ENV: 'development',
  })
  if (process.env.E2E_SKIP_BUILD === '1' && fs.existsSync(path.join(root, '.next/BUILD_ID'))) {
    console.log('  e2e: reusing the existing build (E2E_SKIP_BUILD=1)')
  } else {
    step('next build', 'npx', ['next', 'build'], env)
    // The build no longer matches what `npm start` last built; make it rebuild next time.
    fs.rmSync(path.join(root, '.next/expo-archive-build'), { force: true })
  }
  const server = spawn(process.execPath, ['scripts/serve.mjs', '-p', String(E2E_PORT)], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  let output = ''
  server.stdout?.on('data', (chunk) => (output += chunk))
  server.stderr?.on('data', (chunk) => (output += chunk))
  const deadline = Date.now() + 60_000
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`http://127.0.0.1:${E2E_PORT}/api/site/revalidate`, { method: 'OPTIONS' })).status < 500) {
        await revalidateSite(`http://127.0.0.1:${E2E_PORT}`, env.PAYLOAD_SECRET)
        return server
      }
    } catch {
      /* not listening yet */
    }
    if (server.exitCode !== null) break
    await new Promise((resolve) => setTimeout(resolve, 300))
  }
  stopServer(server)
  throw new Error(`the e2e server did not answer on port ${E2E_PORT}:\n${output.slice(-3000)}`)
}

export function stopServer(server: ChildProcess) {
  // The server runs in its own process group (detached); end the whole group.
  try {
    if (server.pid) process.kill(-server.pid, 'SIGTERM')
  } catch {
    server.kill('SIGTERM')
  }
}
