// Issue 14 §4: the first account, registered the way the admin's "create first user" screen does
// (POST /api/users/first-register, no roles sent), is an admin; nothing else may register so.
import { describe, expect, it } from 'vitest'

import { testPayload } from '../helpers/payload'
import { rest } from '../helpers/rest'

describe('the first account', () => {
  it('is made an admin when registered without roles, and the endpoint closes after it', async () => {
    const payload = await testPayload()
    expect((await payload.count({ collection: 'users', overrideAccess: true })).totalDocs).toBe(0)
    const first = await rest('POST', 'users/first-register', {
      body: { email: 'first@example.test', password: 'first-password-123' },
    })
    expect(first.status, JSON.stringify(first.body)).toBe(200)
    const stored = await payload.find({
      collection: 'users',
      where: { email: { equals: 'first@example.test' } },
      overrideAccess: true,
    })
    expect(stored.docs[0].roles).toEqual(['admin'])
    const second = await rest('POST', 'users/first-register', {
      body: { email: 'second@example.test', password: 'second-password-123', roles: ['admin'] },
    })
    expect(second.status).toBeGreaterThanOrEqual(400)
    expect((await payload.count({ collection: 'users', overrideAccess: true })).totalDocs).toBe(1)
  })
})
