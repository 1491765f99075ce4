#!/usr/bin/env node
// Measures the public pages as the current build serves them (requests/s, p50/p99), and prints
// the Content-Security-Policy they carry, so the CSP choice in docs/security.md rests on figures.
// Run it once per build variant:  node scripts/bench-csp.mjs [label]
//
//   CSP_BENCH_PORT     port on loopback (default 3524)
//   CSP_BENCH_SECONDS  seconds per page (default 10)
//   CSP_BENCH_SKIP_BUILD=1  reuse the existing .next build
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import autocannon from 'autocannon'

import { benchServerEnv, revalidateSite, root, runCaptured } from './lib.mjs'

const PORT = Number(process.env.CSP_BENCH_PORT || 3524)
const SECONDS = Number(process.env.CSP_BENCH_SECONDS || 10)
const DATA = path.join(root, 'data/h7b')
const BASE = `http://127.0.0.1:${PORT}`
const SECRET = 'csp-bench-secret-for-the-expo-archive'
const label = process.argv[2] || 'current build'
const env = benchServerEnv({ dataDir: DATA, port: PORT, secret: SECRET })

const sh = (what, command, args, extraEnv = {}) =>
  (runCaptured(what, command, args, { ...env, ...extraEnv }) / 1000).toFixed(1)

const load = (url) =>
  new Promise((resolve, reject) =>
    autocannon({ url, connections: 20, duration: SECONDS, timeout: 10 }, (err, r) => (err ? reject(err) : resolve(r))),
  )

async function main() {
  fs.rmSync(DATA, { recursive: true, force: true })
  fs.mkdirSync(DATA, { recursive: true })
  console.log(
    `CSP benchmark (${label}), ${new Date().toISOString()}, ${SECONDS} s per page, 20 connections, port ${PORT}`,
  )
  console.log(
    `  migrate and seed: ${sh('prepare', process.execPath, ['scripts/run-ts.mjs', 'src/cli/prepare.ts'], { NODE_ENV: 'development' })} s`,
  )
  if (process.env.CSP_BENCH_SKIP_BUILD !== '1') {
    console.log(`  next build: ${sh('build', 'npx', ['next', 'build'])} s`)
    fs.rmSync(path.join(root, '.next/expo-archive-build'), { force: true })
  }
  const server = spawn(process.execPath, ['scripts/serve.mjs', '-p', String(PORT)], {
    cwd: root,
    env,
    stdio: 'ignore',
    detached: true,
  })
  try {
    for (let i = 0; i < 600; i++) {
      try {
        if ((await fetch(`${BASE}/`)).status === 200) break
      } catch {
        /* not up yet */
      }
      await new Promise((r) => setTimeout(r, 100))
    }
    await revalidateSite(BASE, SECRET)
    for (const url of ['/', '/editions/2019', '/contact']) {
      const first = await fetch(BASE + url)
      const csp = first.headers.get('content-security-policy') ?? '(none)'
      const scriptSrc = csp
        .split(';')
        .find((d) => d.trim().startsWith('script-src'))
        ?.trim()
      console.log(
        `  ${url}: x-nextjs-cache=${first.headers.get('x-nextjs-cache') ?? '-'} cache-control="${first.headers.get('cache-control')}" ${scriptSrc}`,
      )
      await load(BASE + url) // warm-up run, not recorded
      const r = await load(BASE + url)
      console.log(
        `  ${url}: ${r.requests.average.toFixed(0)} req/s, p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, ${r.non2xx} non-2xx, ${r.errors} errors`,
      )
    }
  } finally {
    try {
      process.kill(-server.pid, 'SIGTERM')
    } catch {
      /* already gone */
    }
  }
}

main().catch((err) => {
  console.error(err.message)
  process.exit(1)
})
