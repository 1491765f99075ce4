// Deep or huge GraphQL queries are refused while validating, fast and with a 400 that says why,
// instead of running: 40 levels of organization → hostedEditions → hosts → organization used to
// keep the server busy for minutes. Queries of a normal shape keep working.
import { getIntrospectionQuery } from 'graphql'
import { beforeAll, describe, expect, it } from 'vitest'

import { MAX_ALIASES, MAX_ROOT_FIELDS } from '../../src/graphql/aliasFlood'
import { MAX_DOCUMENTS } from '../../src/graphql/queryCost'
import { MAX_QUERY_DEPTH, MAX_QUERY_LENGTH } from '../../src/graphql/queryLimits'
import { testPayload } from '../helpers/payload'
import { graphql } from '../helpers/rest'

/** `levels` hops of organization → hostedEditions → hosts → organization: 4 fields deep each. */
const hostChain = (levels: number) => {
  let query = 'id'
  for (let i = 0; i < levels; i++) query = `hostedEditions { docs { hosts { organization { ${query} } } } }`
  return `{ Organizations { docs { ${query} } } }`
}

/**
 * Refused before running, quickly, with an error naming the limit and no data. The status follows
 * the GraphQL-over-HTTP spec: 400 for clients that accept `application/graphql-response+json`;
 * `application/json` clients get 200 with the error, marked `statusCode: 400` as Payload marks its own.
 */
async function expectRefused(query: string, limitWord: RegExp) {
  for (const accept of ['application/graphql-response+json', 'application/json']) {
    const started = Date.now()
    const res = await graphql(query, { headers: { Accept: accept } })
    expect(Date.now() - started, accept).toBeLessThan(2_000)
    expect(res.status, accept).toBe(accept === 'application/json' ? 200 : 400)
    expect(res.body.data ?? null).toBeNull()
    expect(res.body.errors?.[0]?.message).toMatch(limitWord)
    expect(res.body.errors?.[0]?.extensions?.statusCode).toBe(400)
  }
}

beforeAll(async () => {
  // The seeded record: every organization hosts several editions, so each hop multiplies the work.
  await testPayload()
}, 120_000)

describe('deep queries are refused before they run', () => {
  it('refuses a query nested 50 levels quickly, naming the depth limit', async () => {
    // Organizations(1) docs(2), then 12 × hostedEditions/docs/hosts/organization: 50 levels.
    await expectRefused(hostChain(12), /depth limit 10/)
  })

  it('refuses the 40-hop organization → editions → hosts chain that used to block the server', async () => {
    await expectRefused(hostChain(40), /depth/)
  })

  it('counts depth through fragments and inline fragments', async () => {
    const fragments = Array.from(
      { length: 12 },
      (_, i) =>
        `fragment F${i} on Organization { hostedEditions { docs { hosts { organization { ${i === 11 ? 'id' : `...F${i + 1}`} } } } } }`,
    )
    await expectRefused(`{ Organizations { docs { ...F0 } } } ${fragments.join(' ')}`, /depth/)
    let inline = 'id'
    for (let i = 0; i < 4; i++)
      inline = `... on Organization { hostedEditions { docs { hosts { organization { ${inline} } } } } }`
    await expectRefused(`{ Organizations { docs { ${inline} } } }`, /depth/)
  })

  it('refuses a query text that is too long, and a 10 000-level one, without a server error', async () => {
    await expectRefused(`{ Editions { docs { id ${'title '.repeat(MAX_QUERY_LENGTH / 6)} } } }`, /characters/)
    // graphql-js's parser runs out of stack on this before any rule sees it; graphql-http answers 400.
    const res = await graphql(
      `{ Editions { docs { ${'hosts { organization { '.repeat(5_000)}id${' } }'.repeat(5_000)} } } }`,
    )
    expect(res.status).toBe(400)
    expect(res.body.data ?? null).toBeNull()
  })
})

/** The probe's request (issue 19): `count` aliases of a 1000-document organization list. */
const aliasFlood = (count: number, limit = 1000) =>
  `{ ${Array.from({ length: count }, (_, i) => `o${i}: Organizations(limit: ${limit}) { docs { name } }`).join(' ')} }`

describe('costly queries are refused before they run (issue 19)', () => {
  it('refuses the 330-alias request that stalled the server for 30 s, naming the limit', async () => {
    await expectRefused(aliasFlood(330), /limit/)
  })

  it(`refuses more than ${MAX_ROOT_FIELDS} top-level fields, and more than ${MAX_ALIASES} aliases anywhere`, async () => {
    await expectRefused(aliasFlood(MAX_ROOT_FIELDS + 1, 1), /root field limit/)
    const nested = Array.from({ length: MAX_ALIASES + 1 }, (_, i) => `n${i}: name`).join(' ')
    await expectRefused(`{ Organizations(limit: 1) { docs { ${nested} } } }`, /alias limit/)
  })

  it(`counts the documents every list reads, nested lists multiplied, up to ${MAX_DOCUMENTS}`, async () => {
    await expectRefused(
      '{ a: Organizations(limit: 1000) { docs { name } } b: Editions(limit: 1001) { docs { title } } }',
      /document limit/,
    )
    // 100 organizations, each with up to 100 hosted editions: 10 100 documents.
    await expectRefused(
      '{ Organizations(limit: 100) { docs { hostedEditions(limit: 100) { docs { title } } } } }',
      /document limit/,
    )
    // Through a fragment, and with the limit in a variable.
    await expectRefused(
      '{ Organizations(limit: 50) { docs { ...H } } } fragment H on Organization { hostedEditions(limit: 50) { docs { title } } }',
      /document limit/,
    )
    const viaVariable = await graphql('query ($n: Int) { Organizations(limit: $n) { docs { name } } }', {
      variables: { n: MAX_DOCUMENTS + 1 },
    })
    expect(viaVariable.body.errors?.[0]?.message).toMatch(/document limit/)
    // Every document at once (pagination: false, or limit 0) is the whole budget: only on its own.
    await expectRefused(
      '{ a: Organizations(pagination: false) { docs { name } } b: Editions(limit: 1) { docs { title } } }',
      /document limit/,
    )
    await expectRefused(
      '{ a: Organizations(limit: 0) { docs { name } } b: Editions(limit: 1) { docs { title } } }',
      /document limit/,
    )
  })

  it('still answers a list of every document on its own, and a few aliases', async () => {
    const all = await graphql('{ Organizations(pagination: false) { docs { name } } }')
    expect(all.body.errors).toBeUndefined()
    expect(all.body.data.Organizations.docs.length).toBeGreaterThan(0)
    const few = await graphql(aliasFlood(3, 5))
    expect(few.body.errors).toBeUndefined()
    expect(few.body.data.o2.docs.length).toBeGreaterThan(0)
  })
})

describe('queries of a normal shape still work', () => {
  it('answers a query just within the depth limit', async () => {
    // Organizations(1) docs(2) hostedEditions(3) docs(4) hosts(5) organization(6) hostedEditions(7) docs(8) title(9)
    const res = await graphql(
      '{ Organizations(limit: 2) { docs { name hostedEditions { docs { title hosts { role organization { name hostedEditions { docs { title } } } } } } } } }',
    )
    expect(MAX_QUERY_DEPTH).toBeGreaterThanOrEqual(10)
    expect(res.body.errors).toBeUndefined()
    expect(res.status).toBe(200)
    expect(res.body.data.Organizations.docs.length).toBe(2)
  })

  it('answers the lists and documents a client asks for', async () => {
    const list = await graphql(
      '{ Editions(sort: "year") { totalDocs docs { year title format hosts { role organization { name slug } } } } }',
    )
    expect(list.body.errors).toBeUndefined()
    expect(list.body.data.Editions.docs.map((e: { year: number }) => e.year)).toEqual([2018, 2019, 2020, 2021, 2022])
    const page = await graphql('{ Pages(where: { slug: { equals: "about" } }) { docs { title slug } } }')
    expect(page.body.errors).toBeUndefined()
    expect(page.body.data.Pages.docs).toHaveLength(1)
  })

  it('answers the standard introspection query (GraphQL tools and code generators)', async () => {
    const res = await graphql(getIntrospectionQuery())
    expect(res.body.errors).toBeUndefined()
    expect(res.body.data.__schema.queryType.name).toBe('Query')
  })
})

describe('upstream tripwire: a body that is not JSON', () => {
  // proxy.ts answers such a body 400 itself, because Payload's GraphQL route throws its 400
  // "Invalid JSON" out of the handler and Next then answers 500 with an empty body
  // (payloadcms/payload#15635). When this fails, Payload answers it itself: the proxy's check can go.
  it('still makes Payload’s GraphQL route throw instead of answering', async () => {
    await testPayload()
    const { default: config } = await import('../../payload.config')
    const { GRAPHQL_POST } = await import('@payloadcms/next/routes')
    const request = new Request('http://localhost:3000/api/graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"query": "{ Editions { docs { year',
    })
    await expect(GRAPHQL_POST(config)(request)).rejects.toThrow('Invalid JSON')
  })
})
