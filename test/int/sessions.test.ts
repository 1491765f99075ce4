import type { Payload } from 'payload'
import { beforeAll, describe, expect, it, vi } from 'vitest'

import { siteUrl } from '../../src/config/siteUrl'
import { createUser, testPayload } from '../helpers/payload'
import { graphql, rest } from '../helpers/rest'

// Cookie sessions, CSRF and brute-force lockout, through Payload's real route handlers.

let payload: Payload
beforeAll(async () => {
  payload = await testPayload()
})

/** Logs in over REST and returns the session cookie the browser would keep. */
async function sessionCookie(email: string): Promise<string> {
  const res = await rest('POST', 'users/login', { body: { email, password: 'correct-horse-battery-staple' } })
  expect(res.status).toBe(200)
  const cookie = res.headers.get('set-cookie') ?? ''
  const token = /payload-token=([^;]+)/.exec(cookie)?.[1]
  expect(token, 'login sets the session cookie').toBeTruthy()
  expect(cookie).toMatch(/HttpOnly/i)
  expect(cookie).toMatch(/SameSite=Lax/i)
  return `payload-token=${token}`
}

describe('CSRF: a session cookie counts only on requests from the site itself', () => {
  it('refuses a cookie-authenticated change sent from a foreign origin, and accepts the same from the site', async () => {
    const admin = await createUser(payload, ['admin'])
    const cookie = await sessionCookie(admin.email)
    const victim = await createUser(payload, ['editor'])

    const foreign = await rest('PATCH', `users/${victim.id}`, {
      body: { roles: ['admin'], name: 'Pwned' },
      headers: { Cookie: cookie, Origin: 'https://evil.example' },
    })
    expect(foreign.status).toBe(403)
    const foreignMe = await rest('GET', 'users/me', { headers: { Cookie: cookie, Origin: 'https://evil.example' } })
    expect(foreignMe.body.user).toBeNull()
    const foreignGql = await graphql(`mutation { updateUser(id: ${victim.id}, data: { name: "Pwned" }) { id } }`, {
      headers: { Cookie: cookie, Origin: 'https://evil.example' },
    })
    expect(JSON.stringify(foreignGql.body.errors ?? [])).toMatch(/not allowed|forbidden/i)
    expect((await payload.findByID({ collection: 'users', id: victim.id })).roles).toEqual(['editor'])

    const own = await rest('PATCH', `users/${victim.id}`, {
      body: { name: 'Renamed by an admin' },
      headers: { Cookie: cookie, Origin: siteUrl() },
    })
    expect(own.status).toBe(200)
    expect((await payload.findByID({ collection: 'users', id: victim.id })).name).toBe('Renamed by an admin')
  })

  it('takes the allow-list from SITE_URL alone', () => {
    // Payload adds serverURL (the same address) to the list itself.
    expect([...new Set(payload.config.csrf)]).toEqual([siteUrl()])
    expect(payload.config.cors).toEqual([siteUrl()])
  })
})

describe('login brute force', () => {
  it('is configured to lock an account for 10 minutes after 5 failures', () => {
    const auth = payload.collections.users.config.auth
    expect(auth.maxLoginAttempts).toBe(5)
    expect(auth.lockTime).toBe(10 * 60 * 1000)
  })

  it('locks through GraphQL too, refuses the right password while locked, and lets it in once the lock has passed', async () => {
    const user = await createUser(payload, ['staff'])
    const attempt = (password: string) =>
      graphql(`mutation { loginUser(email: "${user.email}", password: "${password}") { token } }`)
    for (let i = 0; i < 5; i++) expect((await attempt('wrong-password')).body.errors?.length).toBe(1)
    const locked = await attempt('correct-horse-battery-staple')
    expect(locked.body.data?.loginUser ?? null).toBeNull()
    expect(JSON.stringify(locked.body.errors)).toMatch(/locked/i)
    // REST sees the same lock: it is stored on the account, not per door.
    expect(
      (await rest('POST', 'users/login', { body: { email: user.email, password: 'correct-horse-battery-staple' } }))
        .status,
    ).toBe(401)

    // Ten minutes later (moved back in the database rather than waited for).
    await payload.db.updateOne({
      collection: 'users',
      id: user.id,
      data: { lockUntil: new Date(Date.now() - 1000).toISOString() },
    })
    const after = await rest('POST', 'users/login', {
      body: { email: user.email, password: 'correct-horse-battery-staple' },
    })
    expect(after.status).toBe(200)
  })
})

describe('security headers (next.config.ts)', () => {
  async function headersFor(site: string, path: string) {
    vi.stubEnv('SITE_URL', site)
    vi.resetModules()
    const { default: nextConfig } = await import('../../next.config')
    vi.unstubAllEnvs()
    const rules: { source: string; headers: { key: string; value: string }[] }[] = await nextConfig.headers!()
    const matching = rules.filter((rule) =>
      new RegExp(`^${rule.source.replace('/:path*', '(/.*)?').replace(/\(\?!/g, '(?!')}$`).test(path),
    )
    return Object.fromEntries(matching.flatMap((rule) => rule.headers.map((h) => [h.key.toLowerCase(), h.value])))
  }

  it('public pages refuse framing and sniffing and keep referrers to the origin', async () => {
    const headers = await headersFor('http://localhost:3000', '/editions/2019')
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'")
    expect(headers['content-security-policy']).toContain("object-src 'none'")
    expect(headers['x-frame-options']).toBe('DENY')
    expect(headers['x-content-type-options']).toBe('nosniff')
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
  })

  it('sends HSTS only when the site is served over https (a plain-http site would lock itself out)', async () => {
    expect((await headersFor('http://localhost:3000', '/'))['strict-transport-security']).toBeUndefined()
    const hsts = (await headersFor('https://expo.example.org', '/'))['strict-transport-security']
    expect(hsts).toMatch(/max-age=(\d+)/)
    expect(Number(/max-age=(\d+)/.exec(hsts)![1])).toBeGreaterThanOrEqual(31_536_000)
  })
})
