import type { Payload, PayloadRequest } from 'payload'
import { afterEach, describe, expect, it, vi } from 'vitest'

import { purgeWithRetry, transactionSettled } from '../../src/cache/purge'
import { keysForChange, surrogateKeysForPath } from '../../src/cache/surrogateKeys'
import { sharedCacheHeaders } from '../../src/server/sharedCacheHeaders'

describe('surrogate keys', () => {
  it('names the document a page shows, and the lists it shows', () => {
    expect(surrogateKeysForPath('/editions/2019')).toEqual(['editions:2019', 'content', 'site'])
    expect(surrogateKeysForPath('/zh/organizations/acme')).toEqual(['organizations:acme', 'content', 'site'])
    expect(surrogateKeysForPath('/about')).toEqual(['pages:about', 'site'])
    expect(surrogateKeysForPath('/api/media/file/photo.jpg')).toEqual(['media:photo.jpg', 'site'])
    expect(surrogateKeysForPath('/')).toEqual(['content', 'site'])
    expect(surrogateKeysForPath('/editions')).toEqual(['content', 'site'])
  })

  it('purges a renamed document under both names, and the lists', () => {
    expect(keysForChange('pages', { slug: 'new' }, { slug: 'old' })).toEqual(['content', 'pages:new', 'pages:old'])
    expect(keysForChange('editions', { year: 2020 })).toEqual(['content', 'editions:2020'])
    expect(keysForChange('media', { filename: 'a.png' }, { filename: 'a.png' })).toEqual(['content', 'media:a.png'])
  })
})

describe('shared-cache headers', () => {
  it('let a cache nobody purges keep a page about 1 s', () => {
    const headers = sharedCacheHeaders('/editions/2019', { purgedCacheMaxAgeS: null })
    expect(headers['cache-control']).toBe('public, max-age=0, s-maxage=1')
    expect(headers['cdn-cache-control']).toBe('max-age=1')
    expect(headers['surrogate-control']).toBeUndefined()
    expect(headers.xkey).toBe('editions:2019 content site')
    expect(headers['cache-tag']).toBe('editions:2019,content,site')
  })

  it('let a purged cache keep it for the configured time', () => {
    const headers = sharedCacheHeaders('/', { purgedCacheMaxAgeS: 3600 })
    expect(headers['cache-control']).toBe('public, max-age=0, s-maxage=1')
    expect(headers['surrogate-control']).toBe('max-age=3600')
    expect(headers['cdn-cache-control']).toBe('max-age=3600')
  })
})

describe('purge retries', () => {
  afterEach(() => vi.useRealTimers())

  function fakePayload() {
    const logged: string[] = []
    const created: unknown[] = []
    const log = (level: string) => (o: { msg: string }) => logged.push(`${level}: ${o.msg}`)
    const payload = {
      logger: { debug: log('debug'), warn: log('warn'), error: log('error') },
      create: async (args: unknown) => created.push(args),
    } as unknown as Payload
    return { payload, logged, created }
  }

  it('retries with growing waits and succeeds without recording a failure', async () => {
    vi.useFakeTimers()
    const { payload, created } = fakePayload()
    const calls: number[] = []
    const send = async () => {
      calls.push(Date.now())
      if (calls.length < 3) throw new Error('connection refused')
    }
    const done = purgeWithRetry(payload, 'http://cache/', ['content'], 'test', { send, delaysMs: [100, 200, 400] })
    await vi.runAllTimersAsync()
    expect(await done).toBe(true)
    expect(calls.map((t) => t - calls[0])).toEqual([0, 100, 300])
    expect(created).toEqual([])
  })

  it('records a purge that failed every attempt, for admins to see', async () => {
    vi.useFakeTimers()
    const { payload, created, logged } = fakePayload()
    const send = async () => {
      throw new Error('answered 405')
    }
    const done = purgeWithRetry(payload, 'http://cache/', ['pages:about'], 'pages 3 changed', {
      send,
      delaysMs: [10, 20],
    })
    await vi.runAllTimersAsync()
    expect(await done).toBe(false)
    expect(logged.filter((l) => l.startsWith('warn'))).toHaveLength(3)
    expect(created).toEqual([
      {
        collection: 'cache-purge-failures',
        data: {
          cacheUrl: 'http://cache/',
          keys: ['pages:about'],
          reason: 'pages 3 changed',
          attempts: 3,
          error: 'answered 405',
        },
        overrideAccess: true,
      },
    ])
  })
})

describe('purging after the save has committed', () => {
  const within = (ms: number, p: Promise<void>) =>
    Promise.race([p.then(() => 'settled'), new Promise((resolve) => setTimeout(() => resolve('waiting'), ms))])

  it('does not wait when the database has no transactions (Payload leaves a promise of null on the request)', async () => {
    // Payload's type says the promise holds an id; at run time, without transactions, it holds null.
    const noTransaction = Promise.resolve(null) as unknown as Promise<string>
    expect(await within(200, transactionSettled({ transactionID: noTransaction }))).toBe('settled')
    expect(await within(200, transactionSettled({ transactionID: undefined }))).toBe('settled')
    // What Payload's dataloader leaves after a relationship read (test/int/shared-cache-purge.test.ts).
    expect(await within(200, transactionSettled({ transactionID: {} as never }))).toBe('settled')
  })

  it('waits while a transaction is open and goes once it is committed', async () => {
    const req: Pick<PayloadRequest, 'transactionID'> = { transactionID: 'tx-1' }
    const settled = transactionSettled(req)
    expect(await within(100, settled)).toBe('waiting')
    delete req.transactionID
    expect(await within(200, settled)).toBe('settled')
  })
})
