import { spawnSync } from 'node:child_process'
import http from 'node:http'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  connectTestRedis,
  type Instance,
  PORTS,
  prepare,
  SCALE_DATA,
  startInstance,
  stopInstance,
  TEST_REDIS_URL,
} from './instances'
import { startVarnish, stopVarnish, type Varnish } from './varnish'
import { Api } from '../e2e/api'

// Two production instances (one database, Redis) behind Varnish with the repository's VCL
// (deploy/varnish/default.vcl), purged by the change hooks (CACHE_PURGE_URLS). Each of 20
// trials warms a page in Varnish, takes the removal decision on A, and measures until Varnish
// and B (directly) answer 410; then reinstatement, unpublish and publish through Varnish. In
// every fifth trial nobody asks A or B anything for 10 s first, so B's 410 list is old.

const TRIALS = Number(process.env.VARNISH_TRIALS || 20)
const IDLE_EVERY = 5
const IDLE_MS = 10_000
const BOUND_MS = 1_000
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..')
const runPrefix = `expo-archive-varnish-${process.pid}-${Date.now()}:`

let a: Instance
let b: Instance
let varnish: Varnish
let api: Api
let redis: Awaited<ReturnType<typeof connectTestRedis>>

beforeAll(async () => {
  redis = await connectTestRedis()
  prepare()
  // One published page per trial, each with a removal notice in review (as src/cli/benchData.ts leaves them).
  const fill = spawnSync(process.execPath, ['scripts/run-ts.mjs', 'src/cli/benchData.ts'], {
    cwd: root,
    encoding: 'utf8',
    env: {
      ...process.env,
      NODE_ENV: 'development',
      DATABASE_URL: `file:${path.join(SCALE_DATA, 'site.db')}`,
      PAYLOAD_SECRET: 'scale-secret-for-the-expo-archive-instances-suite',
      BENCH_PAGES: String(TRIALS),
      BENCH_NOTICES: String(TRIALS),
      BENCH_ORGANIZATIONS: '0',
      BENCH_REQUESTS: '0',
    },
  })
  if (fill.status !== 0) throw new Error(`benchData failed:\n${(fill.stdout + fill.stderr).slice(-3000)}`)
  varnish = await startVarnish(PORTS)
  const env = {
    REDIS_URL: TEST_REDIS_URL,
    REDIS_KEY_PREFIX: `${runPrefix}shared:`,
    CACHE_PURGE_URLS: `${varnish.url}/`,
  }
  ;[a, b] = await Promise.all([startInstance(PORTS[0], env), startInstance(PORTS[1], env)])
  api = new Api(a.url)
  await api.signIn('scale-admin@example.test', 'scale-admin-password-1')
})

afterAll(async () => {
  await Promise.all([stopInstance(a), stopInstance(b), stopVarnish(varnish)])
  if (redis?.isOpen) {
    for await (const key of redis.scanIterator({ MATCH: `${runPrefix}*`, COUNT: 1000 })) await redis.del(key)
    await redis.quit()
  }
})

async function get(url: string): Promise<{ status: number; cache: string | null; text: string }> {
  const res = await fetch(url, { cache: 'no-store', redirect: 'manual' })
  return { status: res.status, cache: res.headers.get('x-cache'), text: await res.text() }
}

/** Milliseconds until `check` passes, polled back to back (no fixed waits); Infinity past 5 s. */
async function msUntil(check: () => Promise<boolean>, limitMs = 5_000): Promise<number> {
  const started = performance.now()
  while (performance.now() - started < limitMs) {
    if (await check()) return performance.now() - started
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
  return Number.POSITIVE_INFINITY
}

/** A PURGE sent from a given local address (fetch cannot choose one). */
function purgeFrom(localAddress: string, headers: Record<string, string>): Promise<{ status: number }> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${varnish.url}/`, { method: 'PURGE', headers, localAddress }, (res) => {
      res.resume()
      res.on('end', () => resolve({ status: res.statusCode ?? 0 }))
    })
    req.on('error', reject)
    req.end()
  })
}

const statusIs = (url: string, status: number) => async () => (await get(url)).status === status
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

function summary(label: string, values: number[]): { median: number; max: number } {
  const sorted = [...values].sort((x, y) => x - y)
  const median = (sorted[Math.floor((sorted.length - 1) / 2)] + sorted[Math.ceil((sorted.length - 1) / 2)]) / 2
  const max = sorted[sorted.length - 1]
  console.log(`  ${label}: median ${median.toFixed(0)} ms, max ${max.toFixed(0)} ms (${values.length} trials)`)
  return { median, max }
}

describe('two instances behind Varnish, purged by the change hooks', () => {
  it(`answers 410 through Varnish and on B within ${BOUND_MS} ms of a removal on A, and shows reinstatements and publishes as fast (max of ${TRIALS})`, async () => {
    const notices = (
      await api.request('GET', 'contact-requests?where[reference][like]=R-BENCH&limit=100&depth=0&sort=reference')
    ).docs as { id: number; reference: string }[]
    const pages = (await api.request('GET', 'pages?where[slug][like]=bench-page-&limit=100&depth=0')).docs as {
      id: number
      slug: string
    }[]
    expect(notices).toHaveLength(TRIALS)
    const results = { varnish410: [] as number[], b410: [] as number[], idleB410: [] as number[] }
    const back = { reinstated: [] as number[], unpublished: [] as number[], published: [] as number[] }
    const decisionMs: number[] = []
    let hits = 0
    for (let i = 0; i < TRIALS; i++) {
      const slug = `bench-page-${Number(notices[i].reference.slice(-4))}`
      const pageId = pages.find((p) => p.slug === slug)!.id
      const viaVarnish = `${varnish.url}/${slug}`
      // Warm until Varnish holds the page: right after the previous trial's publish Next may
      // answer once while it regenerates pages, without the shared-cache label, and Varnish
      // rightly does not keep that answer (CI saw 58 of 60). Then three reads must all be hits.
      for (let w = 0; w < 10; w++) {
        const read = await get(viaVarnish)
        expect(read.status, `${slug} before the decision`).toBe(200)
        if (read.cache === 'HIT') break
      }
      for (let r = 0; r < 3; r++) {
        const read = await get(viaVarnish)
        expect(read.status, `${slug} before the decision`).toBe(200)
        if (read.cache === 'HIT') hits++
      }
      const idle = i % IDLE_EVERY === IDLE_EVERY - 1
      if (idle) await sleep(IDLE_MS)

      const asked = performance.now()
      await api.request('PATCH', `contact-requests/${notices[i].id}`, {
        status: 'removed',
        reasons: {
          scope: `The whole page /${slug}.`,
          facts: `Trial ${i}: the notifier showed the text is theirs and was published without permission.`,
          ground: 'terms',
          groundDetail: 'Publication terms §4 (third-party rights)',
        },
      })
      decisionMs.push(performance.now() - asked)
      const [onVarnish, onB] = await Promise.all([
        msUntil(statusIs(viaVarnish, 410)),
        msUntil(statusIs(`${b.url}/${slug}`, 410)),
      ])
      results.varnish410.push(onVarnish)
      ;(idle ? results.idleB410 : results.b410).push(onB)

      await api.request('PATCH', `contact-requests/${notices[i].id}`, {
        status: 'reinstated',
        reasons: {
          scope: `The whole page /${slug}.`,
          facts: `Trial ${i}: the publisher's counter-notice showed a licence for the text, on file since 2019.`,
          ground: 'not_established',
        },
      })
      back.reinstated.push(await msUntil(statusIs(viaVarnish, 200)))
      await api.request('PATCH', `pages/${pageId}`, { _status: 'draft' })
      back.unpublished.push(await msUntil(statusIs(viaVarnish, 404)))
      await api.request('PATCH', `pages/${pageId}`, { _status: 'published' })
      back.published.push(await msUntil(statusIs(viaVarnish, 200)))
    }
    summary('removal decision on A (the PATCH itself)', decisionMs)
    const varnish410 = summary('removal on A → 410 through Varnish', results.varnish410)
    const b410 = summary('removal on A → 410 on B', [...results.b410, ...results.idleB410])
    const idleB = summary('removal on A → 410 on B idle 10 s before', results.idleB410)
    const reinstated = summary('reinstatement on A → 200 through Varnish', back.reinstated)
    const unpublished = summary('unpublish on A → 404 through Varnish', back.unpublished)
    const published = summary('publish on A → 200 through Varnish', back.published)
    console.log(`  Varnish hits among the ${TRIALS * 3} repeated reads: ${hits}`)
    expect(hits).toBe(TRIALS * 3)
    for (const { max } of [varnish410, b410, idleB, reinstated, unpublished, published])
      expect(max).toBeLessThan(BOUND_MS)
  }, 600_000)

  it('refuses a purge from outside the purgers list, and one without keys', async () => {
    expect((await purgeFrom('127.0.0.1', { xkey: 'content' })).status).toBe(200)
    expect((await purgeFrom('127.0.0.1', {})).status).toBe(400)
    // Another loopback address, not in the list: as a visitor would be.
    expect((await purgeFrom('127.0.0.2', { xkey: 'content' })).status).toBe(403)
  })

  it('does not cache the admin, the API or a signed-in visitor', async () => {
    const api1 = await fetch(`${varnish.url}/api/pages?limit=1`)
    const api2 = await fetch(`${varnish.url}/api/pages?limit=1`)
    expect([api1.headers.get('x-cache'), api2.headers.get('x-cache')]).toEqual(['MISS', 'MISS'])
    const signedIn = { headers: { cookie: 'payload-token=abc' } }
    await fetch(`${varnish.url}/`, signedIn)
    expect((await fetch(`${varnish.url}/`, signedIn)).headers.get('x-cache')).toBe('MISS')
  })
})
