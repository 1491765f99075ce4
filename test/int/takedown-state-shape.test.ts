import type { Payload } from 'payload'
import { beforeAll, describe, expect, it, vi } from 'vitest'

import { VISIBLE } from '../../src/takedown/contentEffect'
import { validEdition } from '../helpers/fixtures'
import { createUser, testPayload } from '../helpers/payload'
import { login, rest } from '../helpers/rest'

// The SQL adapters write an `_uuid` into every group object they are handed. The takedown
// group used to be one shared object, so that internal key reached every later read.
vi.mock('next/cache', () => import('../helpers/nextCacheOff'))

let payload: Payload
let token: string

beforeAll(async () => {
  payload = await testPayload()
  const editor = await createUser(payload, ['editor'])
  token = await login(editor.email, 'correct-horse-battery-staple')
})

describe('the takedown state on content', () => {
  it('is a frozen value, so a write into it fails where it happens', () => {
    expect(Object.isFrozen(VISIBLE)).toBe(true)
  })

  it('carries no internal keys in REST and Local API reads', async () => {
    const ids = []
    for (const year of [2041, 2042]) {
      const edition = await payload.create({
        collection: 'editions',
        data: { ...validEdition(year), _status: 'published' },
      })
      await payload.update({ collection: 'editions', id: edition.id, data: { theme: `Theme ${year}` } })
      ids.push(edition.id)
    }
    for (const id of ids) {
      // Signed in, the edit view's read recomputes the live state (src/fields/takedown.ts).
      for (const options of [{}, { token }]) {
        const res = await rest('GET', `editions/${id}?depth=0`, options)
        expect(res.status).toBe(200)
        expect(Object.keys(res.body.takedown).sort()).toEqual(['basis', 'hidden', 'reference', 'since'])
      }
      const local = await payload.findByID({ collection: 'editions', id, depth: 0 })
      expect(JSON.stringify(local)).not.toContain('_uuid')
    }
    const list = await rest('GET', 'editions?depth=0&limit=100', { token })
    expect(JSON.stringify(list.body)).not.toContain('_uuid')
  })
})
