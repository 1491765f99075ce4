import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { WARM_SEARCHES, warmSearchIndex } from '../../src/server/warmSearch'

// A stand-in for the site that counts the searches it is asked for.
let searches: string[] = []
let failing = false
let server: Server
let origin = ''
beforeAll(async () => {
  server = createServer((req, res) => {
    searches.push(req.url ?? '')
    res.writeHead(failing ? 500 : 200).end('ok')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms))
async function until(done: () => boolean, limitMs = 5_000) {
  const started = Date.now()
  while (!done() && Date.now() - started < limitMs) await wait(5)
}

describe('search index built ahead of the first search', () => {
  it('searches each language once after the start, and once more when content has stopped changing', async () => {
    searches = []
    let generation = 0
    const warm = warmSearchIndex({
      origin,
      generation: () => generation,
      quietMs: 300,
      checkEveryMs: 10,
      log: () => {},
    })
    try {
      await until(() => warm.warmedFor() === 0)
      expect(searches).toEqual(['/search?q=expo', '/zh/search?q=expo'])
      expect(WARM_SEARCHES).toEqual(searches)
      // Five saves in quick succession: one build per language once they stop.
      for (let i = 0; i < 5; i++) {
        generation++
        await wait(20)
      }
      expect(searches).toHaveLength(2)
      await until(() => warm.warmedFor() === 5)
      expect(searches).toHaveLength(4)
      await wait(400)
      expect(searches).toHaveLength(4) // nothing changed: no more searches
    } finally {
      warm.stop()
    }
  })

  it('tries once per content state when the search fails, leaving the build to the first visitor', async () => {
    searches = []
    failing = true
    const logged: string[] = []
    const warm = warmSearchIndex({
      origin,
      generation: () => 7,
      quietMs: 0,
      checkEveryMs: 10,
      log: (m) => logged.push(m),
    })
    try {
      await until(() => logged.length > 0)
      await wait(100)
      // Both languages tried once; the failure of one does not stop the other.
      expect(searches).toEqual(['/search?q=expo', '/zh/search?q=expo'])
      expect(logged).toEqual([
        'search warm-up /search?q=expo answered 500',
        'search warm-up /zh/search?q=expo answered 500',
      ])
    } finally {
      warm.stop()
      failing = false
    }
  })
})
