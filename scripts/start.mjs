#!/usr/bin/env node
// `npm start`: install → migrate and seed → build → serve (and serve again if the server dies),
// each phase reported.
import { spawn } from 'node:child_process'
import path from 'node:path'

import { ensureBuilt, ensureInstalled, phase, revalidateSite, root, run, SERVER_NODE_OPTIONS } from './lib.mjs'

const port = process.env.PORT || '3000'
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', PORT: port }

try {
  await ensureInstalled()
  phase('migrate and seed')
  await run(process.execPath, ['scripts/run-ts.mjs', 'src/cli/prepare.ts'], {
    env: { ...env, NODE_ENV: 'development' },
  })
  await ensureBuilt({ ...env, NODE_ENV: 'production' })
} catch (err) {
  console.error(`\nnpm start stopped: ${err.message}`)
  process.exit(1)
}

phase('serve', `http://localhost:${port}`)
// The server runs as our child and is started again whenever it dies (a crash, kill -9, out of
// memory): committed data is on disk (SQLite WAL), so a fresh process serves it as before.
// `node scripts/serve.mjs` directly, not through npm or npx, so the child is the server itself.
const serveScript = path.join(root, 'scripts', 'serve.mjs')
const RESTART_DELAY_MS = 500
const CRASH_LOOP = { deaths: 5, withinMs: 60_000 }
let server
let stopping = false
const deaths = []

function serve() {
  const spawnedAt = Date.now()
  server = spawn(process.execPath, [serveScript, '-p', port], {
    cwd: root,
    stdio: 'inherit',
    env: { ...env, NODE_ENV: 'production', NODE_OPTIONS: SERVER_NODE_OPTIONS },
  })
  server.on('exit', (code, signal) => {
    if (stopping) process.exit(code ?? 0)
    const now = Date.now()
    deaths.push(now)
    while (deaths.length && now - deaths[0] > CRASH_LOOP.withinMs) deaths.shift()
    console.error(
      `\nnpm start: the server stopped (${signal ?? `exit ${code}`}) after ${((now - spawnedAt) / 1000).toFixed(1)} s`,
    )
    if (deaths.length >= CRASH_LOOP.deaths) {
      console.error(`npm start: it stopped ${deaths.length} times within a minute; giving up. The log above says why.`)
      process.exit(1)
    }
    console.error('npm start: starting it again')
    setTimeout(() => {
      serve()
      announceWhenReady(false)
    }, RESTART_DELAY_MS)
  })
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stopping = true
    server.kill(signal)
  })
}

// Once the server answers: refresh its page cache (content may have changed while it was
// down), then say where to go.
async function announceWhenReady(first) {
  const started = Date.now()
  let ready = false
  while (!ready && Date.now() - started < 120_000) {
    try {
      ready = (await fetch(`http://127.0.0.1:${port}/api/site/revalidate`, { method: 'OPTIONS' })).status < 500
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
  }
  try {
    await revalidateSite(`http://127.0.0.1:${port}`)
  } catch (err) {
    console.warn(`  could not refresh cached pages: ${err.message}`)
  }
  console.log(`  ${first ? 'ready' : 'serving again'} in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  if (!first) return
  console.log(`
  Expo Archive is running.
    public site   http://localhost:${port}/
    admin panel   http://localhost:${port}/admin  (first visit: create the first admin account there,
                  or set SEED_ADMIN_EMAIL and SEED_ADMIN_PASSWORD before starting)
    REST API      http://localhost:${port}/api/editions
  Stop with Ctrl+C.
`)
}

serve()
await announceWhenReady(true)
