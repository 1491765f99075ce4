// Deep or huge GraphQL queries are refused while validating, fast and with a 400 that says why,
// instead of running: 40 levels of organization → hostedEditions → hosts → organization used to
// keep the server busy for minutes. Queries of a normal shape keep working.
import { getIntrospectionQuery } from 'graphql'
import { beforeAll, describe, expect, it } from 'vitest'

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
