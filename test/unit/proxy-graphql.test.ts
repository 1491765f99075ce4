// GraphQL takes JSON only; a multipart body is refused by proxy.ts before Payload parses it for
// files (a NUL in a file name there used to be a 500).
import { NextRequest } from 'next/server'
import { describe, expect, it } from 'vitest'

import { config, proxy } from '../../proxy'

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
