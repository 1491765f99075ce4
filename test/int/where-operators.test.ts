// A `where` whose operator or value does not fit the field is refused with a 400 that says what to
// change — never a database error (500). Run on SQLite and, with TEST_DATABASE_URL, PostgreSQL,
// where more of them used to fail (enums, numeric columns).
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { testPayload } from '../helpers/payload'
import { graphql, rest } from '../helpers/rest'

let payload: Payload
let organizationId: number

beforeAll(async () => {
  payload = await testPayload()
  organizationId = (
    await payload.find({ collection: 'organizations', limit: 1, where: { slug: { equals: 'huawei' } } })
  ).docs[0].id as number
}, 120_000)

describe('operators that do not fit the field answer 400', () => {
  it.each([
    ['near on a number', 'editions?where[year][near]=1,2,3', /'near' does not work on a number field/],
    ['like on a number', 'editions?where[year][like]=x', /'like' does not work on a number field/],
    ['like nested into an object', 'editions?where[year][like][0][1][2]=x', /'like' does not work on a number field/],
    ['a word for a date', 'editions?where[startDate][greater_than]=notadate', /takes a date/],
    ['a word for a number', 'editions?where[year][equals]=2019abc', /takes a number/],
    ['a word for a relationship id', 'editions?where[hosts.organization][equals]=x', /takes a document id/],
    ['a value a select cannot hold', 'editions?where[format][in]=offline,teleported', /one of offline, online, hybrid/],
    ['near on text', 'editions?where[title][near]=1,2', /'near' does not work on a text field/],
    ['within on a date', 'editions?where[updatedAt][within]=1,2', /'within' does not work on a date field/],
    ['an empty select', 'editions?where[format][equals]=', /one of offline, online, hybrid/],
    ['an empty checkbox', 'editions?where[takedown.hidden][equals]=', /takes true or false/],
    ['exists with a word', 'editions?where[takedown.hidden][exists]=maybe', /'exists' takes true or false/],
    [
      'a field of a related collection',
      'editions?where[hosts.organization.name][near]=1,2',
      /'near' does not work on a text field/,
    ],
    [
      'a field inside a join',
      'organizations?joins[hostedEditions][where][year][like]=x',
      /joins\[hostedEditions\]\[where\]\[year\]\[like\]/,
    ],
    ['a nested path written with __', 'editions?where[hosts__organization][equals]=x', /takes a document id/],
    ['a condition without operator', 'editions?where[year]=2019', /needs an operator/],
    ['the count endpoint', 'editions/count?where[year][like]=x', /'like' does not work/],
    ['a draft read', 'editions?draft=true&where[year][near]=1,2', /'near' does not work/],
  ])('%s', async (_label, probe, message) => {
    const res = await rest('GET', probe)
    expect(res.status, JSON.stringify(res.body)).toBe(400)
    expect(res.body.errors[0].message).toMatch(message)
  })

  it('never answers 500 for any operator on any kind of field', async () => {
    const fields = [
      'year',
      'title',
      'slug',
      'startDate',
      'format',
      'hosts.organization',
      'hosts.role',
      'takedown.hidden',
      'takedown.since',
      'id',
      '_status',
      'summary',
      'updatedAt',
    ]
    const values: Record<string, string[]> = {
      equals: ['x', '1', '', 'null'],
      in: ['x,y', '1,2'],
      all: ['x'],
      exists: ['x', 'true'],
      greater_than: ['x', '1'],
      like: ['x', '1'],
      contains: ['x'],
      not_like: ['x'],
      within: ['1,2'],
      intersects: ['x'],
      near: ['1,2,3'],
    }
    const failures: string[] = []
    for (const field of fields) {
      for (const [operator, samples] of Object.entries(values)) {
        for (const value of samples) {
          const res = await rest(
            'GET',
            `editions?where[${field}][${operator}]=${encodeURIComponent(value)}&depth=0&limit=1`,
          )
          if (res.status >= 500 || (res.status >= 400 && !res.body?.errors?.[0]?.message))
            failures.push(`${field} ${operator}=${value} → ${res.status}`)
        }
      }
    }
    expect(failures).toEqual([])
  })

  it('refuses through GraphQL and the Local API too', async () => {
    // GraphQL's own types already refuse a word for a date; a relationship id passes them as JSON.
    const typed = await graphql('{ Editions(where: { startDate: { greater_than: "notadate" } }) { docs { year } } }')
    expect(typed.body.errors?.[0]?.message).toMatch(/invalid value/)
    const res = await graphql('{ Editions(where: { hosts__organization: { equals: "x" } }) { docs { year } } }')
    expect(res.body.errors?.[0]?.message).toMatch(/takes a document id/)
    expect(res.body.errors?.[0]?.extensions?.statusCode).toBe(400)
    await expect(
      payload.find({ collection: 'editions', where: { year: { near: [1, 2] } } as never, overrideAccess: false }),
    ).rejects.toMatchObject({ status: 400 })
  })
})

describe('queries that fit their fields keep working', () => {
  it.each([
    ['a number', 'editions?where[year][equals]=2019', 1],
    ['a list of numbers', 'editions?where[year][in]=2018,2019,2030', 2],
    ['a number range', 'editions?where[and][0][year][greater_than_equal]=2019&where[and][1][year][less_than]=2021', 2],
    ['a date', 'editions?where[startDate][greater_than]=2021-01-01', 2],
    ['text', 'editions?where[title][like]=smart china expo 2019', 1],
    ['one locale of a field', 'editions?where[title.en][like]=2019', 1],
    ['a select', 'editions?where[format][in]=online,hybrid', 3],
    [
      'status and the takedown flag',
      'editions?where[_status][equals]=published&where[takedown.hidden][equals]=false',
      5,
    ],
    ['a checkbox that may be unset', 'editions?where[takedown.hidden][exists]=true', 5],
    ['an empty date', 'editions?where[endDate][equals]=', 1],
    ['a date that is null', 'editions?where[endDate][equals]=null', 1],
  ])('%s', async (_label, probe, count) => {
    const res = await rest('GET', probe)
    expect(res.status, JSON.stringify(res.body).slice(0, 300)).toBe(200)
    expect(res.body.totalDocs, probe).toBe(count)
  })

  it('relationships by id and through to the related collection', async () => {
    const byId = await rest('GET', `editions?where[hosts.organization][equals]=${organizationId}`)
    expect(byId.status).toBe(200)
    expect(byId.body.docs.map((e: { year: number }) => e.year)).toEqual([2022])
    const through = await rest('GET', 'editions?where[hosts.organization.slug][equals]=huawei')
    expect(through.body.docs.map((e: { year: number }) => e.year)).toEqual([2022])
    const joined = await rest(
      'GET',
      `organizations/${organizationId}?joins[hostedEditions][where][year][greater_than]=2020`,
    )
    expect(joined.status).toBe(200)
  })
})
