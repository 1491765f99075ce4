// GraphQL takes JSON only; a multipart body is refused by proxy.ts before Payload parses it for
// files (a NUL in a file name there used to be a 500).
import { NextRequest } from 'next/server'
import { describe, expect, it } from 'vitest'

import { config, proxy } from '../../proxy'
import { resetRateLimits, SUBMISSION_LIMITS } from '../../src/takedown/rateLimit'

const post = (contentType: string, body: BodyInit) =>
  new NextRequest('http://localhost:3000/api/graphql', {
    method: 'POST',
    headers: { 'content-type': contentType },
    body,
  })

describe('proxy: POST /api/graphql', () => {
  it('refuses a multipart body with 415 and a message', async () => {
    const body = '--x\r\nContent-Disposition: form-data; name="file"; filename="a\u0000b.png"\r\n\r\n123\r\n--x--\r\n'
    const res = await proxy(post('multipart/form-data; boundary=x', body))
    expect(res.status).toBe(415)
    expect((await res.json()).errors[0].message).toMatch(/application\/json/)
  })

  it('lets a JSON query through, and the matcher covers the route', async () => {
    const res = await proxy(post('application/json', JSON.stringify({ query: '{ Editions { totalDocs } }' })))
    expect(res.headers.get('x-middleware-next')).toBe('1')
    expect(config.matcher).toContain('/api/graphql')
  })
})

describe('proxy: per-network budgets on GraphQL and sign-in (issue 19)', () => {
  const from = (path: string, ip: string) =>
    new NextRequest(`http://localhost:3000${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': ip },
      body: '{}',
    })

  it.each([
    ['/api/graphql', SUBMISSION_LIMITS.graphqlPerIp.max, '198.51.100.7'],
    ['/api/users/login', SUBMISSION_LIMITS.loginPerIp.max, '198.51.100.8'],
  ])('lets %s through %i times per network, then answers 429 with Retry-After', async (path, max, ip) => {
    await resetRateLimits()
    expect(config.matcher).toContain(path)
    for (let i = 0; i < max; i++) expect((await proxy(from(path, ip))).headers.get('x-middleware-next')).toBe('1')
    const refused = await proxy(from(path, ip))
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    expect((await refused.json()).errors[0].message).toMatch(/Too many requests/)
    // Another network keeps its own budget.
    expect((await proxy(from(path, '203.0.113.9'))).headers.get('x-middleware-next')).toBe('1')
  })

  it('counts an IPv6 client by its /64, so rotating addresses inside it gains nothing', async () => {
    await resetRateLimits()
    const max = SUBMISSION_LIMITS.loginPerIp.max
    for (let i = 0; i < max; i++) await proxy(from('/api/users/login', `2001:db8:1:2::${(i + 1).toString(16)}`))
    expect((await proxy(from('/api/users/login', '2001:db8:1:2:ffff::1'))).status).toBe(429)
    expect((await proxy(from('/api/users/login', '2001:db8:1:3::1'))).headers.get('x-middleware-next')).toBe('1')
  })
})

describe('proxy: alias floods refused before validation (issue 19)', () => {
  it('answers the 330-alias request 400 without handing it to Payload, and lets a normal query through', async () => {
    await resetRateLimits()
    const flood = Array.from({ length: 330 }, (_, i) => `o${i}: Organizations(limit: 1000) { docs { name } }`).join(' ')
    const refused = await proxy(post('application/json', JSON.stringify({ query: `{ ${flood} }` })))
    expect(refused.status).toBe(400)
    expect((await refused.json()).errors[0].message).toMatch(/root field limit 10/)
    const aliases = Array.from({ length: 31 }, (_, i) => `n${i}: name`).join(' ')
    const tooMany = await proxy(
      post('application/json', JSON.stringify({ query: `{ Organizations { docs { ${aliases} } } }` })),
    )
    expect((await tooMany.json()).errors[0].message).toMatch(/alias limit 30/)
    const fine = await proxy(post('application/json', JSON.stringify({ query: '{ a: Editions { totalDocs } }' })))
    expect(fine.headers.get('x-middleware-next')).toBe('1')
    // A GraphQL syntax error is the handler's to answer. A body that is not JSON is answered
    // here: Payload's handler throws on it and Next then sends an empty 500 (payloadcms/payload#15635).
    const notJson = await proxy(post('application/json', '{ not json'))
    expect(notJson.status).toBe(400)
    expect((await notJson.json()).errors[0].message).toMatch(/not valid JSON/)
    expect(
      (await proxy(post('application/json', JSON.stringify({ query: '{ broken' })))).headers.get('x-middleware-next'),
    ).toBe('1')
  })
})
