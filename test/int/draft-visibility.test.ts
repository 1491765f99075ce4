// `draft=true` must not widen what the public sees: whatever the flag, through REST, GraphQL and
// the Local API, the public gets only published items no removal notice hides — in lists, by id,
// through joins and populated relationships. Items are hidden through the real workflow (a
// confirmed notice), which writes the flag on the live document only.
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { CONFIRMATION_CONTEXT } from '../../src/takedown/confirmation'
import { validEdition } from '../helpers/fixtures'
import { createUser, testPayload } from '../helpers/payload'
import { graphql, login, rest } from '../helpers/rest'
import { resetRateLimits, submitPublicly, validNotice } from '../helpers/takedown'

type Slug = 'editions' | 'organizations' | 'pages'
type Item = { id: number; path: string }
// Organizations first: editions name them as hosts.
const SLUGS: Slug[] = ['organizations', 'pages', 'editions']
const GQL = {
  editions: ['Editions', 'Edition', 'title'],
  organizations: ['Organizations', 'Organization', 'name'],
  pages: ['Pages', 'Page', 'title'],
} as const
/** Every title the public must never see contains SECRET; every title it must see contains SHOWN. */
const STATES = ['hidden', 'draftOnly', 'unpublished', 'newerDraft', 'live'] as const
type State = (typeof STATES)[number]
/** The hidden titles found in a response, so a failure names what leaked rather than printing the body. */
const secretsIn = (body: unknown) =>
  (typeof body === 'string' ? body : JSON.stringify(body)).match(/SECRET [a-z]+ [a-zA-Z ]+/g) ?? []

let payload: Payload
let editorToken = ''
let staffToken = ''
const items = {} as Record<Slug, Record<State, Item>>
let year = 2150

/** Data for a published item of a collection, titled `title`. */
function dataFor(slug: Slug, title: string) {
  const key = title.toLowerCase().replace(/[^a-z0-9]+/g, '-')
  if (slug === 'editions') return { ...validEdition(year++), title, slug: key, hosts: hostsFor(title) }
  if (slug === 'organizations') return { name: title, slug: key, kind: 'other' }
  return { title, slug: key }
}

/** Joins and relationships: the hidden edition lists the live organization as host, the live edition the hidden one. */
function hostsFor(title: string) {
  const host = /hidden/.test(title)
    ? items.organizations.live
    : /live/.test(title)
      ? items.organizations.hidden
      : undefined
  return host ? [{ organization: host.id, role: 'host' }] : []
}

const pathOf = (slug: Slug, doc: { slug?: string | null; year?: number | null }) =>
  slug === 'editions'
    ? `/editions/${doc.year}`
    : slug === 'organizations'
      ? `/organizations/${doc.slug}`
      : `/${doc.slug}`

async function make(slug: Slug, state: State): Promise<Item> {
  const title = `${state === 'live' || state === 'newerDraft' ? 'SHOWN' : 'SECRET'} ${slug} ${state}`
  const draft = state === 'draftOnly'
  const data = { ...dataFor(slug, title), _status: draft ? 'draft' : 'published' }
  const doc = (await payload.create({ collection: slug, data: data as never, draft, overrideAccess: true })) as {
    id: number
    slug?: string
    year?: number
  }
  const titleField = GQL[slug][2]
  if (state === 'unpublished')
    await payload.update({ collection: slug, id: doc.id, data: { _status: 'draft' } as never, overrideAccess: true })
  if (state === 'newerDraft')
    await payload.update({
      collection: slug,
      id: doc.id,
      data: { [titleField]: `SECRET ${slug} draft edit` } as never,
      draft: true,
      overrideAccess: true,
    })
  if (state === 'hidden') await hideThroughNotice(pathOf(slug, doc))
  return { id: doc.id, path: pathOf(slug, doc) }
}

/** A confirmed copyright notice: under the default policy it hides its target at once. */
async function hideThroughNotice(path: string) {
  resetRateLimits()
  const res = await submitPublicly(validNotice(path))
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  await payload.update({
    collection: 'contact-requests',
    id: res.body.doc.id,
    data: { status: 'received' },
    overrideAccess: true,
    context: CONFIRMATION_CONTEXT,
  })
}

beforeAll(async () => {
  payload = await testPayload()
  editorToken = await login((await createUser(payload, ['editor'])).email, 'correct-horse-battery-staple')
  staffToken = await login((await createUser(payload, ['staff'])).email, 'correct-horse-battery-staple')
  for (const slug of SLUGS) {
    items[slug] = {} as Record<State, Item>
    for (const state of STATES) items[slug][state] = await make(slug, state)
  }
  const stored = await payload.findByID({ collection: 'editions', id: items.editions.hidden.id, overrideAccess: true })
  expect(stored.takedown?.hidden).toBe(true)
}, 300_000)

/** Everything the public gets for one collection through one API, with and without draft. */
async function publicReads(slug: Slug): Promise<Record<string, string>> {
  const [many, one, title] = GQL[slug]
  const got: Record<string, string> = {}
  for (const draft of [false, true]) {
    const flag = draft ? 'draft=true&' : ''
    got[`rest list draft=${draft}`] = JSON.stringify((await rest('GET', `${slug}?${flag}limit=100&depth=1`)).body)
    got[`graphql list draft=${draft}`] = JSON.stringify(
      (await graphql(`{ ${many}(draft: ${draft}, limit: 100) { docs { ${title} } } }`)).body,
    )
    got[`local list draft=${draft}`] = JSON.stringify(
      await payload.find({ collection: slug, draft, limit: 100, depth: 1, overrideAccess: false }),
    )
    for (const state of STATES) {
      const { id } = items[slug][state]
      got[`rest ${state} draft=${draft}`] = JSON.stringify((await rest('GET', `${slug}/${id}?${flag}depth=1`)).body)
      got[`graphql ${state} draft=${draft}`] = JSON.stringify(
        (await graphql(`{ ${one}(id: ${id}, draft: ${draft}) { ${title} } }`)).body,
      )
      got[`local ${state} draft=${draft}`] = await payload
        .findByID({ collection: slug, id, draft, depth: 1, overrideAccess: false })
        .then(
          (doc) => JSON.stringify(doc),
          (err: Error) => err.message,
        )
    }
  }
  return got
}

describe('the public reads only published, visible items, whatever the draft flag', () => {
  for (const slug of SLUGS) {
    it(`${slug}: no draft, unpublished or taken-down item through REST, GraphQL or the Local API`, async () => {
      const leaks = Object.entries(await publicReads(slug)).flatMap(([where, body]) =>
        secretsIn(body).map((title) => `${where}: ${title}`),
      )
      expect(leaks).toEqual([])
    })

    it(`${slug}: still sees what is published (the rule does not just hide everything)`, async () => {
      const list = await rest('GET', `${slug}?limit=100`)
      expect(JSON.stringify(list.body)).toMatch(new RegExp(`SHOWN ${slug} live`))
      expect(JSON.stringify(list.body)).toMatch(new RegExp(`SHOWN ${slug} newerDraft`))
      expect((await rest('GET', `${slug}/${items[slug].live.id}?draft=true`)).status).toBe(200)
    })
  }

  it('joins and populated relationships under draft=true leave hidden items out', async () => {
    const orgs = await rest('GET', `organizations/${items.organizations.live.id}?draft=true&depth=1`)
    expect(orgs.status).toBe(200)
    expect(secretsIn(orgs.body.hostedEditions)).toEqual([])
    const gql = await graphql(`
      {
        Organizations(draft: true) {
          docs {
            name
            hostedEditions {
              docs {
                title
              }
            }
          }
        }
      }
    `)
    expect(gql.body.data.Organizations.docs.length).toBeGreaterThan(0)
    expect(secretsIn(gql.body)).toEqual([])
    const edition = await rest('GET', `editions/${items.editions.live.id}?draft=true&depth=1`)
    expect(secretsIn(edition.body)).toEqual([])
  })

  it('where clauses naming status or the takedown flag cannot widen it', async () => {
    for (const probe of [
      'editions?draft=true&where[or][0][_status][equals]=draft&where[or][1][_status][equals]=published',
      'editions?draft=true&where[and][0][or][0][year][greater_than]=0&where[and][0][or][1][_status][exists]=false',
      'editions?draft=true&where[takedown.hidden][equals]=true',
      'organizations?draft=true&where[_status][not_equals]=published',
    ]) {
      expect(secretsIn((await rest('GET', probe)).body), probe).toEqual([])
    }
  })
})

describe('the team', () => {
  it('editors read drafts and hidden items with draft=true', async () => {
    for (const slug of SLUGS) {
      const body = JSON.stringify((await rest('GET', `${slug}?draft=true&limit=100`, { token: editorToken })).body)
      expect(body).toMatch(new RegExp(`SECRET ${slug} draftOnly`))
      expect(body).toMatch(new RegExp(`SECRET ${slug} draft edit`))
      expect(body).toMatch(new RegExp(`SECRET ${slug} hidden`))
    }
  })

  it('staff read published items, hidden ones included, but no drafts', async () => {
    for (const slug of SLUGS) {
      const body = JSON.stringify((await rest('GET', `${slug}?draft=true&limit=100`, { token: staffToken })).body)
      expect(body).toMatch(new RegExp(`SECRET ${slug} hidden`))
      expect(body).not.toMatch(/draftOnly|draft edit|unpublished/)
    }
  })
})
