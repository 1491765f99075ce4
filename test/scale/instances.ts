import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { createClient } from 'redis'

import { revalidateSite } from '../../scripts/lib.mjs'

// Two server processes (scripts/serve.mjs) from one production build, on one SQLite file: the smallest
// honest model of several instances behind a load balancer.

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..')
export const SCALE_DATA = path.resolve(root, process.env.SCALE_DATA || 'data/scale')
export const PORTS = (process.env.SCALE_PORTS || '3133,3134').split(',').map(Number) as [number, number]
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL || 'redis://127.0.0.1:6379'

/**
 * A Redis client for the tests' own look at the shared state. It gives up on the first failed
 * connection, so a missing Redis server fails the suite at once with what to do, not a hang.
 */
export async function connectTestRedis(): Promise<ReturnType<typeof createClient>> {
  const client = createClient({ url: TEST_REDIS_URL, socket: { connectTimeout: 2_000, reconnectStrategy: false } })
  client.on('error', () => {})
  try {
    await client.connect()
  } catch (err) {
    throw new Error(
      `No Redis server answers at ${TEST_REDIS_URL} (${(err as Error).message}). Start one (redis-server --port 6379, with notify-keyspace-events Exe) or set TEST_REDIS_URL; see docs/deployment.md.`,
    )
  }
  return client
}

const SECRET = 'scale-secret-for-the-expo-archive-instances-suite'

function baseEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    DATABASE_URL: `file:${path.join(SCALE_DATA, 'site.db')}`,
    MEDIA_DIR: path.join(SCALE_DATA, 'media'),
    PAYLOAD_SECRET: SECRET,
    SITE_URL: `http://localhost:${PORTS[0]}`,
    NODE_OPTIONS: `--import=${path.join(root, 'scripts/preload-lexical.mjs')}`,
  }
  delete env.REDIS_URL
  delete env.REDIS_KEY_PREFIX
  return env
}

function step(label: string, command: string, args: string[], env: NodeJS.ProcessEnv) {
  const started = Date.now()
  const result = spawnSync(command, args, { cwd: root, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  if (result.status !== 0) throw new Error(`${label} failed:\n${(result.stdout + result.stderr).slice(-4000)}`)
  console.log(`  scale: ${label} in ${((Date.now() - started) / 1000).toFixed(1)} s`)
}

/**
 * A fresh seeded database, and a production build unless SCALE_REUSE_BUILD=1 finds one (CI
 * reuses the browser suite's: the build does not depend on the database it was made with,
 * and REDIS_URL is read when the server starts, not at build time).
 */
export function prepare(): void {
  fs.rmSync(SCALE_DATA, { recursive: true, force: true })
  fs.mkdirSync(SCALE_DATA, { recursive: true })
  step('migrate and seed', process.execPath, ['scripts/run-ts.mjs', 'src/cli/prepare.ts'], {
    ...baseEnv(),
    NODE_ENV: 'development',
  })
  if (process.env.SCALE_REUSE_BUILD === '1' && fs.existsSync(path.join(root, '.next/BUILD_ID'))) {
    console.log('  scale: reusing the existing build (SCALE_REUSE_BUILD=1)')
  } else {
    step('next build', 'npx', ['next', 'build'], baseEnv())
    fs.rmSync(path.join(root, '.next/expo-archive-build'), { force: true })
  }
}

export type Instance = { url: string; process: ChildProcess; output: () => string }

/** The site's server (scripts/serve.mjs) on `port`; `extra` adds REDIS_URL and friends. Resolves once it answers. */
export async function startInstance(port: number, extra: Record<string, string> = {}): Promise<Instance> {
  const env = { ...baseEnv(), PORT: String(port), ...extra }
  const child = spawn(process.execPath, ['scripts/serve.mjs', '-p', String(port)], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  let output = ''
  child.stdout?.on('data', (chunk) => (output += chunk))
  child.stderr?.on('data', (chunk) => (output += chunk))
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 90_000
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${url}/api/site/revalidate`, { method: 'OPTIONS' })).status < 500) {
        // As `npm start` does: pages built from another database must not be served.
        await revalidateSite(url, SECRET)
        return { url, process: child, output: () => output }
      }
    } catch {
      /* not listening yet */
    }
    if (child.exitCode !== null) break
    await new Promise((resolve) => setTimeout(resolve, 300))
  }
  stopInstance({ process: child })
  throw new Error(`the instance on port ${port} did not answer:\n${output.slice(-3000)}`)
}

/** Ends the instance's process group and waits until it is gone, so the port is free again. */
export async function stopInstance(instance: Pick<Instance, 'process'> | undefined): Promise<void> {
  const child = instance?.process
  if (!child?.pid || child.exitCode !== null) return
  const exited = new Promise((resolve) => child.once('exit', resolve))
  try {
    process.kill(-child.pid, 'SIGTERM')
  } catch {
    child.kill('SIGTERM')
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-child.pid!, 'SIGKILL')
    } catch {
      /* already gone */
    }
  }, 5_000)
  await exited
  clearTimeout(timer)
}
