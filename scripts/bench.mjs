#!/usr/bin/env node
// `npm run bench`: builds the production server on a fresh seeded database and prints measured
// figures, each beside its baseline from the same run. Loopback only; every load is bounded.
//
//   BENCH_SECONDS   seconds per load run (default 10)
//   BENCH_TRIALS    freshness trials (default 20)
//   BENCH_SCALE_REQUESTS  sequential requests per scale measure (default 1000)
//   BENCH_PAGES / BENCH_ORGANIZATIONS / BENCH_REQUESTS  scale data (see src/cli/benchData.ts)
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import autocannon from 'autocannon'

import { measureDynamic } from './bench-dynamic.mjs'
import { startNginx, startVarnish, stopFront } from './bench-fronts.mjs'
import { benchServerEnv, ensureBuilt, revalidateSite, root, runCaptured, SERVER_NODE_OPTIONS } from './lib.mjs'

/** A whole number above zero from the environment, or the default; anything else stops the bench. */
function wholeNumber(name, fallback) {
  const raw = process.env[name]
  if (raw === undefined || raw === '') return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < 1) {
    console.error(`${name} must be a whole number above zero (got "${raw}")`)
    process.exit(2)
  }
  return value
}

const PORT = wholeNumber('BENCH_PORT', 3140)
const NGINX_PORT = PORT + 1
const VARNISH_PORT = PORT + 2 // and its admin port, PORT + 3
const SECONDS = wholeNumber('BENCH_SECONDS', 10)
const TRIALS = wholeNumber('BENCH_TRIALS', 20)
// A p99 needs enough requests to mean something: of 200 it is the second-slowest, so two
// garbage collections landing in a run's two seconds decide it (docs/performance.md); of 1,000 it is the tenth.
const SCALE_REQUESTS = wholeNumber('BENCH_SCALE_REQUESTS', 1000)
const DATA = path.join(root, 'data/bench')
const BASE = `http://127.0.0.1:${PORT}`
const SECRET = 'bench-secret-for-the-expo-archive-benchmark'
const GENERATED_PAGES = Number(process.env.BENCH_PAGES ?? 5000)
// The site purges the Varnish in front of it by surrogate key, as in production (docs/deployment.md).
const env = {
  ...benchServerEnv({ dataDir: DATA, port: PORT, secret: SECRET }),
  CACHE_PURGE_URLS: `http://127.0.0.1:${VARNISH_PORT}/`,
  // The bench is one client on loopback asking as many would; a real deployment's GraphQL
  // clients come from many networks, each with its own budget (proxy.ts, issue 19).
  GRAPHQL_LIMIT_PER_IP: '100000000',
}
/** Targets at 50 connections on this 2-core machine (issue 14 §3). */
const TARGETS = { siteShareOfNginx: 0.5, varnishShareOfNginx: 0.8, p99Ms: 50 }

const rows = []
const record = (section, measure, value, baseline = '', note = '') => {
  rows.push({ section, measure, value, baseline, note })
  console.log(
    `  ${section} | ${measure}: ${value}${baseline ? ` (baseline ${baseline})` : ''}${note ? ` — ${note}` : ''}`,
  )
}
const ms = (n) => `${n.toFixed(1)} ms`
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

const sh = (label, command, args, extraEnv = {}) => runCaptured(label, command, args, { ...env, ...extraEnv })

async function waitFor(url, limitMs = 90_000) {
  const started = Date.now()
  while (Date.now() - started < limitMs) {
    try {
      if ((await fetch(url)).status === 200) return Date.now() - started
    } catch {
      /* not up yet */
    }
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error(`${url} did not answer 200 within ${limitMs / 1000} s`)
}

/** Waits until every process of the stopped server's group has exited and the port is free. */
async function waitUntilDown(server, url) {
  const deadline = Date.now() + 60_000
  while (Date.now() < deadline) {
    // Zombies (state Z) have exited; a container whose init does not reap them keeps them listed.
    const alive = spawnSync('ps', ['-o', 'stat=', '-g', String(server.pid)], { encoding: 'utf8' })
      .stdout.split('\n')
      .some((stat) => stat.trim() && !stat.trim().startsWith('Z'))
    let listening = true
    try {
      await fetch(url, { signal: AbortSignal.timeout(1000) })
    } catch {
      listening = false
    }
    if (!alive && !listening) return
    // Next waits for open keep-alive sockets (this script's own fetch pool among them) before
    // it exits; a benchmark does not need a graceful exit, only a free port.
    if (Date.now() > deadline - 50_000) stop(server, 'SIGKILL')
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error('the server did not stop within 60 s')
}

let running = null
let varnish = null
async function startServer() {
  try {
    await fetch(`${BASE}/`, { signal: AbortSignal.timeout(1000) })
    throw new Error(`port ${PORT} is already in use; stop that server or set BENCH_PORT`)
  } catch (err) {
    if (err.message.startsWith('port ')) throw err
  }
  // What a user runs: `npm start` (install check, migrations, build check, next start).
  running = spawn(process.execPath, ['scripts/start.mjs'], {
    cwd: root,
    env: { ...env, PORT: String(PORT) },
    stdio: 'ignore',
    detached: true,
  })
  return running
}
const stop = (server, signal = 'SIGTERM') => {
  try {
    process.kill(-server.pid, signal)
  } catch {
    /* already gone */
  }
}

/**
 * Peak resident memory, sampled every 500 ms: of the server process itself (the largest in the
 * group) and of the whole `npm start` process group (npm, the supervisor, the server).
 */
async function peakRss(groupId, during) {
  let peak = 0
  let serverPeak = 0
  const sample = () => {
    const out = spawnSync('ps', ['-o', 'rss=', '-g', String(groupId)], { encoding: 'utf8' }).stdout
    const sizes = out.split('\n').map((line) => Number(line.trim()) || 0)
    peak = Math.max(
      peak,
      sizes.reduce((sum, size) => sum + size, 0),
    )
    serverPeak = Math.max(serverPeak, ...sizes)
  }
  const timer = setInterval(sample, 500)
  try {
    await during()
    return { peakMb: peak / 1024, serverPeakMb: serverPeak / 1024 }
  } finally {
    clearInterval(timer)
  }
}

/**
 * A pause before each measure: requests still queued from the measure before (10 connections
 * against a slow admin list leave up to ~1 s of work) must not land in the next one's figures.
 */
const settle = () => new Promise((resolve) => setTimeout(resolve, 2_000))

/** `paths` (optional): many different addresses on `url`'s server, each connection cycling through them. */
function load(url, connections = 50, headers = {}, paths = undefined) {
  const requests = paths?.map((p) => ({ method: 'GET', path: p }))
  return new Promise((resolve, reject) => {
    autocannon({ url, connections, headers, duration: SECONDS, timeout: 10, requests }, (err, result) =>
      err ? reject(err) : resolve(result),
    )
  })
}

const BENCH_USER = { email: 'bench@example.test', password: 'bench-password-123' }
async function login() {
  const res = await fetch(`${BASE}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(BENCH_USER),
  })
  if (res.status !== 200) throw new Error(`login failed: ${res.status}`)
  return (await res.json()).token
}

/**
 * Latency of one request at a time: what a single visitor or editor waits, without queueing.
 * `url` may be a function of the request's number, for a different URL each time.
 */
async function sequential(url, headers, count) {
  const times = []
  for (let i = 0; i < count; i++) {
    const target = typeof url === 'function' ? url(i) : url
    const started = performance.now()
    const res = await fetch(target, { headers })
    await res.arrayBuffer()
    if (res.status !== 200) throw new Error(`${target}: ${res.status}`)
    times.push(performance.now() - started)
  }
  times.sort((a, b) => a - b)
  return {
    p50: times[Math.floor(count * 0.5)],
    p99: times[Math.min(count - 1, Math.floor(count * 0.99))],
    max: times[count - 1],
  }
}

/** Ids of documents to read, from the API (`headers`: staff, for the contact requests). */
async function idsOf(collection, headers = {}, pages = 1) {
  const ids = []
  for (let page = 1; page <= pages; page++) {
    const res = await fetch(`${BASE}/api/${collection}?depth=0&limit=200&page=${page}&select[id]=true`, { headers })
    ids.push(...(await res.json()).docs.map((doc) => doc.id))
  }
  return ids
}

/** Issue 18's targets met or not, over both data sets; printed with the table. */
const dynamicVerdicts = []

/** Issue 18's rows (scripts/bench-dynamic.mjs) on the data the server has now. */
async function measureDynamicRows(section, kinds, ids, staff) {
  const verdicts = await measureDynamic({ base: BASE, seconds: SECONDS, settle, record, section, kinds, ids, staff })
  dynamicVerdicts.push(...verdicts)
}

async function main() {
  console.log(
    `Expo Archive benchmark — ${new Date().toISOString()}, ${SECONDS} s per load run, ${TRIALS} freshness trials\n`,
  )
  // Other work on the machine moves every absolute figure; say how busy it was.
  const loadAverage = () =>
    os
      .loadavg()
      .map((n) => n.toFixed(2))
      .join(' / ')
  record('machine', `${os.cpus().length} CPUs, load average (1 / 5 / 15 min) at start`, loadAverage())
  fs.rmSync(DATA, { recursive: true, force: true })
  fs.mkdirSync(DATA, { recursive: true })
  varnish = await startVarnish(path.join(DATA, 'varnish'), VARNISH_PORT, PORT)
  record(
    'setup',
    'migrate and seed',
    ms(sh('prepare', process.execPath, ['scripts/run-ts.mjs', 'src/cli/prepare.ts'], { NODE_ENV: 'development' })),
  )
  const buildStarted = Date.now()
  await ensureBuilt(env)
  record('setup', 'server heap limit (npm start)', SERVER_NODE_OPTIONS.match(/--max-old-space-size=(\d+)/)?.[1] + ' MB')
  record('setup', 'build (skipped when the build is current)', `${((Date.now() - buildStarted) / 1000).toFixed(1)} s`)

  // 4. Start: cold (fresh process, first request) and warm restart.
  let server = await startServer()
  record('start', 'npm start, first after the build, to first 200', ms(await waitFor(`${BASE}/`)))
  await revalidateSite(BASE, SECRET)
  stop(server)
  await waitUntilDown(server, `${BASE}/`)
  server = await startServer()
  record('start', 'npm start again (warm restart) to first 200', ms(await waitFor(`${BASE}/`)))
  await revalidateSite(BASE, SECRET)

  // 1. Public pages under load at 50 connections: the site itself, Varnish in front of it, and
  // nginx (one worker, its own process) sending the same bytes from files: what this machine can
  // do for these pages, the yardstick for the other two.
  const pages = { home: '/', edition: '/editions/2019', search: '/search?q=chongqing' }
  const bodies = {}
  for (const url of Object.values(pages)) bodies[url] = Buffer.from(await (await fetch(BASE + url)).arrayBuffer())
  const nginx = await startNginx(path.join(DATA, 'nginx'), NGINX_PORT, bodies)
  const targetsMet = []
  const { peakMb, serverPeakMb } = await peakRss(server.pid, async () => {
    for (const [name, url] of Object.entries(pages)) {
      await settle()
      const app = await load(BASE + url)
      await settle()
      const cached = await load(varnish.url + url)
      await settle()
      const base = await load(nginx.url + url)
      const share = (r) => r.requests.average / base.requests.average
      const met =
        share(app) >= TARGETS.siteShareOfNginx &&
        share(cached) >= TARGETS.varnishShareOfNginx &&
        app.latency.p99 < TARGETS.p99Ms &&
        cached.latency.p99 < TARGETS.p99Ms
      targetsMet.push(met)
      record(
        'load',
        `${name} ${url} req/s at 50 connections: site / through Varnish`,
        `${app.requests.average.toFixed(0)} / ${cached.requests.average.toFixed(0)}`,
        `nginx ${base.requests.average.toFixed(0)}`,
        `site ÷ nginx ${(share(app) * 100).toFixed(0)} % (target ≥ ${TARGETS.siteShareOfNginx * 100} %), Varnish ÷ nginx ${(share(cached) * 100).toFixed(0)} % (target ≥ ${TARGETS.varnishShareOfNginx * 100} %)`,
      )
      record(
        'load',
        `${name} p50 / p99 latency: site; through Varnish`,
        `${app.latency.p50} / ${app.latency.p99} ms; ${cached.latency.p50} / ${cached.latency.p99} ms`,
        `nginx ${base.latency.p50} / ${base.latency.p99} ms`,
        `target p99 < ${TARGETS.p99Ms} ms; ${app.non2xx + cached.non2xx} non-2xx, ${app.errors + cached.errors} errors${met ? '' : ' — a target missed'}`,
      )
    }
  })
  stopFront(nginx)
  record('load', 'pages meeting every target above', `${targetsMet.filter(Boolean).length} of ${targetsMet.length}`)

  // 1b. What is answered per request (issue 18) on the seeded site: search and the public API.
  await measureDynamicRows('dynamic, seeded', ['search', 'rest', 'graphql'], {
    pages: await idsOf('pages'),
    organizations: await idsOf('organizations'),
  })
  record(
    'memory',
    'server peak RSS under load',
    `${serverPeakMb.toFixed(0)} MB`,
    '',
    `whole npm start group ${peakMb.toFixed(0)} MB`,
  )

  // 2. Freshness: publish → new text on the page, over TRIALS trials.
  await fetch(`${BASE}/api/users/first-register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: BENCH_USER.email, password: BENCH_USER.password }),
  })
  const token = await login()
  const auth = { 'content-type': 'application/json', authorization: `JWT ${token}` }
  const edition = (await (await fetch(`${BASE}/api/editions?where[year][equals]=2019&depth=0`)).json()).docs[0]
  const latencies = []
  for (let i = 0; i < TRIALS; i++) {
    const marker = `Bench ${Date.now()}-${i}`
    const started = performance.now()
    const res = await fetch(`${BASE}/api/editions/${edition.id}`, {
      method: 'PATCH',
      headers: auth,
      body: JSON.stringify({ title: marker }),
    })
    if (res.status !== 200) throw new Error(`publish failed: ${res.status}`)
    while (!(await (await fetch(`${BASE}/editions/2019`)).text()).includes(marker)) {
      if (performance.now() - started > 5000) throw new Error('change not visible after 5 s')
    }
    latencies.push(performance.now() - started)
  }
  record(
    'freshness',
    `publish → visible (${TRIALS} trials) median / max`,
    `${ms(median(latencies))} / ${ms(Math.max(...latencies))}`,
  )
  stop(server)
  await waitUntilDown(server, `${BASE}/`)

  // 3. Scale: generated records, then the same server code on them.
  console.log('  generating scale data (src/cli/benchData.ts)…')
  const generated = sh('bench data', process.execPath, ['scripts/run-ts.mjs', 'src/cli/benchData.ts'], {
    BENCH_NOTICES: String(TRIALS),
  })
  const count = (name, fallback) => Number(process.env[name] ?? fallback).toLocaleString('en')
  record(
    'scale',
    `generate ${count('BENCH_PAGES', 5000)} pages, ${count('BENCH_ORGANIZATIONS', 2000)} organizations, ${count('BENCH_REQUESTS', 100_000)} contact requests`,
    `${(generated / 1000).toFixed(1)} s`,
  )
  server = await startServer()
  await waitFor(`${BASE}/`)
  await revalidateSite(BASE, SECRET)
  const scaleToken = await login()
  const staff = { authorization: `JWT ${scaleToken}` }
  const scaleUrls = {
    'admin list: open requests, default sort':
      '/api/contact-requests?depth=0&limit=10&sort=openRank,dueAt,createdAt&where[status][in]=received,needs_info,in_review',
    'admin list: page 500 by date': '/api/contact-requests?depth=0&limit=10&page=500&sort=-createdAt',
    'admin list: search by email':
      '/api/contact-requests?depth=0&limit=10&where[or][0][email][like]=sender4242&where[or][1][reference][like]=sender4242',
    'admin list: pages, filtered and sorted': '/api/pages?depth=0&limit=10&sort=-updatedAt&where[title][like]=robotics',
    'public search, common word': '/search?q=chongqing',
    'public search, two words': '/search?q=smart+manufacturing',
    'public edition page': '/editions/2019',
    // Every request a different one of the generated pages, not one page a thousand times.
    'public pages (generated), a different one each request': (i) => `/bench-page-${(i % GENERATED_PAGES) + 1}`,
    'public transparency report (live figures)': '/transparency',
  }
  await fetch(`${BASE}/search?q=warm`) // builds the search index once
  const { peakMb: scalePeakMb, serverPeakMb: scaleServerPeakMb } = await peakRss(server.pid, async () => {
    for (const [name, url] of Object.entries(scaleUrls)) {
      const many = typeof url === 'function'
      const headers = !many && url.startsWith('/api/') ? staff : {}
      await settle()
      const single = await sequential(many ? (i) => BASE + url(i) : BASE + url, headers, SCALE_REQUESTS)
      await settle()
      const paths = many ? Array.from({ length: Math.min(GENERATED_PAGES, 1000) }, (_, i) => url(i * 7)) : undefined
      const loaded = await load(many ? BASE : BASE + url, 10, headers, paths)
      record(
        'scale',
        name,
        `${single.p50.toFixed(1)} / ${single.p99.toFixed(1)} ms`,
        '',
        `1 connection × ${SCALE_REQUESTS} (p50 / p99; max ${single.max.toFixed(0)} ms); 10 connections: ${loaded.requests.average.toFixed(0)} req/s, p99 ${loaded.latency.p99} ms, ${loaded.non2xx} non-2xx`,
      )
    }
    // The rows above repeat one query, which search answers from its kept ranking after the
    // first time; here every query is new (the common word plus a different number).
    await settle()
    const fresh = await sequential((i) => `${BASE}/search?q=chongqing+${1000 + i}`, {}, SCALE_REQUESTS)
    record(
      'scale',
      'public search, a new query each time',
      `${fresh.p50.toFixed(1)} / ${fresh.p99.toFixed(1)} ms`,
      '',
      `1 connection × ${SCALE_REQUESTS} different queries (p50 / p99; max ${fresh.max.toFixed(0)} ms): no kept ranking helps`,
    )
    // Issue 18's rows at scale: search, the public API and the staff's reads at 1, 10 and 50 connections.
    await measureDynamicRows(
      'dynamic, at scale',
      ['search', 'rest', 'graphql', 'adminList', 'adminRead'],
      {
        pages: await idsOf('pages', {}, 5),
        organizations: await idsOf('organizations', {}, 5),
        requests: await idsOf('contact-requests', staff, 5),
      },
      staff,
    )
  })
  record(
    'memory',
    'server peak RSS at scale',
    `${scaleServerPeakMb.toFixed(0)} MB`,
    '',
    `whole npm start group ${scalePeakMb.toFixed(0)} MB`,
  )

  // 2b. Freshness: a staff removal decision → 410 on the URL.
  const notices = (
    await (
      await fetch(
        `${BASE}/api/contact-requests?depth=0&limit=${TRIALS}&where[reference][like]=R-BENCH-&sort=reference`,
        { headers: staff },
      )
    ).json()
  ).docs
  const removals = []
  for (const notice of notices) {
    const path = notice.urls[0].url
    if ((await fetch(BASE + path)).status !== 200) throw new Error(`${path} is not visible before the decision`)
    const started = performance.now()
    const res = await fetch(`${BASE}/api/contact-requests/${notice.id}`, {
      method: 'PATCH',
      headers: { ...staff, 'content-type': 'application/json' },
      body: JSON.stringify({
        status: 'removed',
        reasons: {
          scope: `The page ${path}`,
          facts: 'The page title uses the registered mark without permission.',
          ground: 'law',
          groundDetail: 'Trademark Law art. 57',
        },
      }),
    })
    if (res.status !== 200) throw new Error(`decision failed: ${res.status} ${await res.text()}`)
    while ((await fetch(BASE + path)).status !== 410) {
      if (performance.now() - started > 5000) throw new Error(`${path} did not answer 410 within 5 s`)
    }
    removals.push(performance.now() - started)
  }
  record(
    'freshness',
    `removal decision → 410 (${removals.length} trials) median / max`,
    `${ms(median(removals))} / ${ms(Math.max(...removals))}`,
  )

  stop(server)
  stopFront(varnish)
  record('machine', 'load average (1 / 5 / 15 min) at the end', loadAverage())
  console.log('\n| section | measure | value | baseline (same run) | note |\n| --- | --- | --- | --- | --- |')
  for (const r of rows) console.log(`| ${r.section} | ${r.measure} | ${r.value} | ${r.baseline} | ${r.note} |`)
  console.log('\n| issue 18 target (at its concurrency) | met |\n| --- | --- |')
  for (const v of dynamicVerdicts) console.log(`| ${v.name} | ${v.met ? 'met' : 'not met'} |`)
}

main().catch((err) => {
  console.error(err.message)
  if (running) stop(running, 'SIGKILL')
  if (varnish) stopFront(varnish)
  process.exit(1)
})
