#!/usr/bin/env node
// `npm start`: install → migrate and seed → build → serve, each phase reported.
import { spawn } from 'node:child_process'

import { ensureBuilt, ensureInstalled, NODE_OPTIONS, phase, revalidateSite, root, run } from './lib.mjs'

const port = process.env.PORT || '3000'
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', PORT: port }

try {
  await ensureInstalled()
  phase('migrate and seed')
  await run(process.execPath, ['scripts/run-ts.mjs', 'src/cli/prepare.ts'], { env: { ...env, NODE_ENV: 'development' } })
  await ensureBuilt({ ...env, NODE_ENV: 'production' })
} catch (err) {
  console.error(`\nnpm start stopped: ${err.message}`)
  process.exit(1)
}

phase('serve', `http://localhost:${port}`)
const server = spawn('npx', ['next', 'start', '-p', port], { cwd: root, stdio: 'inherit', env: { ...env, NODE_ENV: 'production', NODE_OPTIONS } })
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal))
server.on('exit', (code) => process.exit(code ?? 0))

// Once the server answers: refresh its page cache, then say where to go.
const started = Date.now()
let ready = false
while (!ready && Date.now() - started < 120_000) {
  try {
    ready = (await fetch(`http://127.0.0.1:${port}/api/site/revalidate`, { method: 'OPTIONS' })).status < 500
  } catch {
    await new Promise((resolve) => setTimeout(resolve, 300))
  }
}
try {
  await revalidateSite(`http://127.0.0.1:${port}`)
} catch (err) {
  console.warn(`  could not refresh cached pages: ${err.message}`)
}
console.log(`  ready in ${((Date.now() - started) / 1000).toFixed(1)} s`)
console.log(`
  Expo Archive is running.
    public site   http://localhost:${port}/
    admin panel   http://localhost:${port}/admin  (first visit: create the first admin account there,
                  or set SEED_ADMIN_EMAIL and SEED_ADMIN_PASSWORD before starting)
    REST API      http://localhost:${port}/api/editions
  Stop with Ctrl+C.
`)
