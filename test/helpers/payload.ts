import type { Payload } from 'payload'
import { getPayload } from 'payload'
import { afterAll } from 'vitest'

import type { User } from '../../src/payload-types'

let instance: Promise<Payload> | undefined

/** The Local API on this test file's own database (migrated and seeded on first use). */
export function testPayload(): Promise<Payload> {
  if (!instance) {
    instance = (async () => {
      const { default: config } = await import('../../payload.config')
      return getPayload({ config })
    })()
    afterAll(async () => {
      const payload = await instance
      await payload?.destroy()
    })
  }
  return instance
}

let userCounter = 0

/** Creates a user with the given roles and returns it, for `overrideAccess: false` calls. */
export async function createUser(
  payload: Payload,
  roles: User['roles'],
  password = 'correct-horse-battery-staple',
): Promise<User> {
  userCounter++
  const email = `${roles.join('-') || 'nobody'}-${userCounter}-${process.pid}@example.test`
  // The first user ever created becomes admin by design; tests create a throwaway one first.
  if ((await payload.count({ collection: 'users' })).totalDocs === 0) {
    await payload.create({
      collection: 'users',
      data: { email: `first-${process.pid}@example.test`, password, roles: ['admin'] },
    })
  }
  return payload.create({ collection: 'users', data: { email, password, roles }, overrideAccess: true })
}
