import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..')
export const LOAD_PORT = Number(process.env.LOAD_PORT || 3427)
export const LOAD_DATA = path.join(root, 'data/load')
export const LOAD_DB = path.join(LOAD_DATA, 'site.db')
export const BASE = `http://127.0.0.1:${LOAD_PORT}`
export const LOAD_SECRET = 'load-secret-for-the-expo-archive-load-suite'

/**
 * The server as `npm start` runs it in production, with two differences: its own database, and
 * the per-network limits raised (SUBMISSION_LIMIT_*), because every request here comes from
 * 127.0.0.1. The per-email limit keeps its default, and the load exercises it.
 */
export function loadEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: '1',
    DATABASE_URL: `file:${LOAD_DB}`,
    MEDIA_DIR: path.join(LOAD_DATA, 'media'),
    PAYLOAD_SECRET: LOAD_SECRET,
    SITE_URL: BASE,
    PORT: String(LOAD_PORT),
    SUBMISSION_LIMIT_PER_IP: '1000000',
    SUBMISSION_LIMIT_REQUESTS_PER_IP: '1000000',
  }
  for (const name of [
    'SMTP_HOST',
    'SUBMISSION_LIMIT_PER_EMAIL',
    'NODE_OPTIONS',
    'NODE_ENV',
    'VITEST',
    'VITEST_POOL_ID',
    'VITEST_WORKER_ID',
  ])
    delete env[name]
  return env
}

export type Supervisor = { process: ChildProcess; log: string }

/** `node scripts/start.mjs` (install check, migrate, seed, build when stale, serve, supervise). */
export async function startSupervised(): Promise<Supervisor> {
  fs.rmSync(LOAD_DATA, { recursive: true, force: true })
  fs.mkdirSync(LOAD_DATA, { recursive: true })
  const log = path.join(LOAD_DATA, 'server.log')
  const out = fs.openSync(log, 'a')
  const child = spawn(process.execPath, ['scripts/start.mjs'], {
    cwd: root,
    env: loadEnv(),
    stdio: ['ignore', out, out],
    detached: true,
  })
  const deadline = Date.now() + 900_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break
    if (fs.readFileSync(log, 'utf8').includes('Expo Archive is running')) return { process: child, log }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  stopSupervised({ process: child, log })
  throw new Error(`npm start did not come up on port ${LOAD_PORT}:\n${fs.readFileSync(log, 'utf8').slice(-3000)}`)
}

/** The Next server process the supervisor runs (its only child). */
export function serverPid(supervisor: Supervisor): number {
  const result = spawnSync('ps', ['-o', 'pid=', '--ppid', String(supervisor.process.pid)], { encoding: 'utf8' })
  const pids = result.stdout
    .split('\n')
    .map((s) => Number(s.trim()))
    .filter(Boolean)
  if (pids.length !== 1) throw new Error(`expected one server process under npm start, found ${pids.length}`)
  return pids[0]
}

export function stopSupervised(supervisor: Supervisor) {
  try {
    if (supervisor.process.pid) process.kill(-supervisor.process.pid, 'SIGTERM')
  } catch {
    supervisor.process.kill('SIGTERM')
  }
}

/** Milliseconds until GET `path` answers 200 (polling every 50 ms). */
export async function untilServing(pathname = '/api/editions?limit=1', limitMs = 120_000): Promise<number> {
  const started = Date.now()
  while (Date.now() - started < limitMs) {
    try {
      const res = await fetch(`${BASE}${pathname}`, { signal: AbortSignal.timeout(5_000) })
      if (res.status === 200) return Date.now() - started
    } catch {
      /* down */
    }
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error(`${pathname} did not answer 200 within ${limitMs / 1000} s`)
}
