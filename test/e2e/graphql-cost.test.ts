import { describe, expect, inject, it } from 'vitest'

// Issue 19, against the production server: the probe's 330-alias request used to hold the event
// loop for 30 s (and `GET /` for 5 s meanwhile). Now it is refused while validating, and a page
// asked for at the same moment is not held up. Prints the measured figures.

const baseUrl = inject('baseUrl')
const aliases = Array.from({ length: 330 }, (_, i) => `o${i}: Organizations(limit: 1000) { docs { name } }`).join(' ')

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now()
  const value = await work()
  return { ms: performance.now() - started, value }
}

describe('GraphQL cost (issue 19)', () => {
  it('refuses the 330-alias request with a 4xx at once, and a concurrent GET / is not held up', async () => {
    await fetch(`${baseUrl}/`).then((r) => r.text()) // warm the page copy, as the probe's was
    // The schema is built on the first GraphQL request; the probe's server had long answered some.
    await fetch(`${baseUrl}/api/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query: '{ Editions(limit: 1) { totalDocs } }' }),
    }).then((r) => r.text())
    const [refused, home] = await Promise.all([
      timed(async () => {
        const res = await fetch(`${baseUrl}/api/graphql`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json' },
          body: JSON.stringify({ query: `{ ${aliases} }` }),
        })
        return { status: res.status, body: await res.json() }
      }),
      timed(async () => {
        await new Promise((resolve) => setTimeout(resolve, 5)) // asked while the refusal is under way
        const res = await fetch(`${baseUrl}/`)
        await res.text()
        return res.status
      }),
    ])
    console.log(`  330 aliases refused in ${refused.ms.toFixed(0)} ms; concurrent GET / in ${home.ms.toFixed(0)} ms`)
    expect(refused.value.status).toBe(400)
    expect(refused.value.body.errors[0].message).toMatch(/limit/)
    expect(refused.value.body.data ?? null).toBeNull()
    expect(home.value).toBe(200)
    expect(refused.ms).toBeLessThan(100)
    expect(home.ms).toBeLessThan(50)
  })

  it('answers a body that is not JSON with a 400 that says so, not an empty 500', async () => {
    for (const body of ['not json', '{"query": "{ Editions { docs { year']) {
      const res = await fetch(`${baseUrl}/api/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      })
      expect(res.status).toBe(400)
      expect((await res.json()).errors[0].message).toMatch(/not valid JSON/)
    }
  })
})
