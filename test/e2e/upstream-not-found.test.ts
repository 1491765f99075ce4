import { type ChildProcess, spawn } from 'node:child_process'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { E2E_PORT, serverEnv, stopServer } from './server'
import { isEmptyErrorDocument } from '../../src/server/notFoundRepair'

// Tripwire for the workaround in src/server/notFoundRepair.ts. In a production build, Next
// answers a page that calls notFound() with status 404 and an empty document
// (<html id="__next_error__">, no layout, no text): the not-found page exists only in the
// script payload. Upstream: https://github.com/vercel/next.js/issues/62228 (open), reported
// again for Next 16 as https://github.com/vercel/next.js/issues/98954 and
// https://github.com/vercel/next.js/issues/98295 (both closed, the bug still present in 16.4.6).
//
// This test runs the same build under bare `next start`, without our server in front, and
// asserts the bug is still there. When it fails, Next has fixed it: delete notFoundRepair.ts,
// its wiring in src/server/main.ts, the Chinese not-found source page, and this test.

const baseUrl = inject('baseUrl')
const BARE_PORT = Number(process.env.E2E_BARE_NEXT_PORT || E2E_PORT + 6)
const bareUrl = `http://127.0.0.1:${BARE_PORT}`
const root = path.resolve(import.meta.dirname, '../..')
// No edition was held in 1850: EditionView calls notFound().
const MISSING_EDITION = '/editions/1850'
let bare: ChildProcess

beforeAll(async () => {
  bare = spawn('npx', ['next', 'start', '-p', String(BARE_PORT), '-H', '127.0.0.1'], {
    cwd: root,
    env: serverEnv(),
    stdio: 'ignore',
    detached: true,
  })
  const deadline = Date.now() + 60_000
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${bareUrl}/`)).status === 200) return
    } catch {
      /* not listening yet */
    }
    await new Promise((resolve) => setTimeout(resolve, 300))
  }
  throw new Error(`bare next start did not answer on port ${BARE_PORT}`)
})
afterAll(() => {
  if (bare) stopServer(bare)
})

describe('upstream: Next sends an empty document for a page-level notFound()', () => {
  it('still does under bare `next start` (when this fails, remove src/server/notFoundRepair.ts)', async () => {
    const res = await fetch(`${bareUrl}${MISSING_EDITION}`)
    expect(res.status).toBe(404)
    const html = await res.text()
    expect(isEmptyErrorDocument(html)).toBe(true)
    expect(html).not.toContain('<main')
  })

  it('is repaired by our server in front of the same build', async () => {
    const res = await fetch(`${baseUrl}${MISSING_EDITION}`)
    expect(res.status).toBe(404)
    const html = await res.text()
    expect(isEmptyErrorDocument(html)).toBe(false)
    expect(html).toContain('<main')
  })
})
