import type { Collection, Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { User } from '../../src/payload-types'
import {
  ACTORS,
  type Actor,
  COLLECTION_RULES,
  type CollectionOps,
  GLOBAL_RULES,
  type GlobalOps,
  type Signed,
} from '../helpers/accessTable'
import { pngFile, validEdition } from '../helpers/fixtures'
import { createUser, testPayload } from '../helpers/payload'
import { graphql, login, rest } from '../helpers/rest'
import { freshIp, solvedAltcha, validEnquiry } from '../helpers/takedown'

// Every collection and global × every operation × every role, through the Local API
// (overrideAccess: false), REST and GraphQL, from the one table in test/helpers/accessTable.ts.

type Verdict = 'allowed' | 'denied'
type Api = 'local' | 'rest' | 'graphql'
const APIS: Api[] = ['local', 'rest', 'graphql']

let payload: Payload
const users = {} as Record<Signed, User>
const tokens = {} as Record<Signed, string>
let counter = 3000

const collectionConfig = (slug: string) => (payload.collections as Record<string, Collection>)[slug].config
const isUpload = (slug: string) => Boolean(collectionConfig(slug).upload)
const hasDrafts = (slug: string) => Boolean(collectionConfig(slug).versions?.drafts)

/** Valid data for a new document; for the public's contact request, with its solved challenge. */
async function sampleData(slug: string, actor: Actor): Promise<Record<string, unknown>> {
  const n = counter++
  switch (slug) {
    case 'editions':
      // years before the first expo, one per document (year is unique)
      return { ...validEdition(1900 + (n - 3000)), slug: `matrix-${n}`, _status: 'published' }
    case 'organizations':
      return { name: `Matrix org ${n}`, slug: `matrix-org-${n}`, kind: 'other', _status: 'published' }
    case 'pages':
      return { title: `Matrix page ${n}`, slug: `matrix-page-${n}`, _status: 'published' }
    case 'media':
      return { alt: `Matrix image ${n}` }
    case 'contact-requests':
      return {
        ...validEnquiry({ email: `matrix-${n}@example.test` }),
        ...(actor === 'public' ? { altcha: await solvedAltcha() } : {}),
      }
    case 'takedown-audit':
      return {
        reference: `M-${n}`,
        at: new Date().toISOString(),
        actorLabel: 'matrix',
        toStatus: 'received',
        entryHash: `hash-${n}`,
      }
    case 'cache-purge-failures':
      return { cacheUrl: `http://127.0.0.1:1/purge-${n}`, keys: ['content'], reason: 'matrix', attempts: 7 }
    case 'outbox':
      return { to: `matrix-${n}@example.test`, subject: 'Matrix', text: 'A kept email.' }
    case 'takedown-snapshots':
      return { takenAt: new Date().toISOString(), key: `pages:${n}`, title: `Matrix snapshot ${n}`, document: {} }
    case 'takedown-mail':
      return { sentAt: new Date().toISOString(), audience: 'staff', language: 'en', subject: `Matrix ${n}` }
    case 'takedown-evidence':
      return { notice: ((await adminCreate('contact-requests')) as { id: number }).id }
    case 'counter-notices': {
      // Only a notice that took content down can be contested: make one, as the workflow would leave it.
      const notice = await adminCreate('contact-requests')
      const reference = `R-MATRIX-${n}`
      await payload.db.updateOne({
        collection: 'contact-requests',
        id: notice.id,
        data: { kind: 'removal', status: 'removed', reference },
      })
      const statement = 'I wrote this text myself and the organisers had my permission to publish it.'
      return {
        reference,
        name: 'Chen Jie',
        email: `matrix-counter-${n}@example.test`,
        address: '8 Minzu Road, Chongqing',
        phone: '+86 23 6300 0000',
        material: 'The text on the page.',
        statement,
        evidence: 'The organisers’ written permission of 2019.',
        goodFaith: true,
        jurisdiction: true,
        signature: 'Chen Jie',
        ...(actor === 'public' ? { altcha: await solvedAltcha() } : {}),
      }
    }
    case 'exports':
      return { name: `matrix-export-${n}`, collectionSlug: 'organizations', format: 'csv' }
    case 'users':
      return { email: `matrix-user-${n}@example.test`, password: 'correct-horse-battery-staple', roles: ['editor'] }
  }
  throw new Error(`no sample data for ${slug}: add it beside its row in test/helpers/accessTable.ts`)
}

/** A harmless change every role allowed to update may make. */
const changeFor = (slug: string): Record<string, unknown> =>
  ({
    editions: { title: 'Changed title' },
    organizations: { name: 'Changed name' },
    pages: { title: 'Changed title' },
    media: { alt: 'Changed alt' },
    'contact-requests': { staffNotes: 'Called back.' },
    'takedown-audit': { summary: 'Changed' },
    'takedown-evidence': { notice: null },
    'counter-notices': { name: 'Changed name' },
    users: { name: 'Changed name' },
    exports: { name: 'Changed name' },
    'cache-purge-failures': { reason: 'Changed' },
    outbox: { subject: 'Changed' },
    'takedown-snapshots': { title: 'Changed' },
    'takedown-mail': { subject: 'Changed' },
  })[slug] ?? {}

async function adminCreate(slug: string, draft = false): Promise<{ id: number }> {
  const data = await sampleData(slug, 'admin')
  if (draft) data._status = 'draft'
  return (await payload.create({
    collection: slug as never,
    data: data as never,
    draft,
    overrideAccess: true,
    context: { trustedServer: true },
    ...(isUpload(slug) ? { file: await pngFile() } : {}),
    // An export is built from what its creator may read, so it needs one even with access overridden.
    ...(slug === 'exports' ? { user: users.admin } : {}),
  })) as { id: number }
}

const user = (actor: Actor) => (actor === 'public' ? undefined : users[actor])
const token = (actor: Actor) => (actor === 'public' ? undefined : tokens[actor])

/** Denied means refused for access (403) or, for reads, not found; anything else unexpected fails the test. */
function verdictOfStatus(status: number, detail: unknown): Verdict {
  if (status >= 200 && status < 300) return 'allowed'
  if (status === 403 || status === 401 || status === 404) return 'denied'
  throw new Error(`unexpected ${status}: ${JSON.stringify(detail).slice(0, 400)}`)
}

async function local(actor: Actor, fn: () => Promise<unknown>): Promise<Verdict> {
  try {
    await fn()
    return 'allowed'
  } catch (err) {
    const status = (err as { status?: number }).status ?? 500
    return verdictOfStatus(status, (err as Error).message)
  }
}

// ---- GraphQL names come from Payload's own schema, so renamed collections stay covered.
const gqlNames = {} as Record<
  string,
  { one: string; many: string; versions: string; input: string; updateInput: string }
>
const gqlGlobalNames = {} as Record<string, string>

/**
 * GraphQL answers 200 with `errors`. A Forbidden/NotFound error is a denial; for create on an
 * upload collection (GraphQL cannot carry a file) and the public's contact request (the anti-robot
 * challenge is not a field) a validation error still proves access was granted.
 */
function gqlVerdict(res: { status: number; body: any }, field: string): Verdict {
  const errors: { message: string; extensions?: { name?: string; statusCode?: number } }[] = res.body?.errors ?? []
  if (!errors.length && res.body?.data?.[field] !== null && res.body?.data?.[field] !== undefined) return 'allowed'
  const error = errors[0]
  if (!error) return 'denied' // null result without an error: not found for this reader
  const status = error.extensions?.statusCode ?? 500
  if (status === 403 || status === 401 || status === 404 || /not allowed|forbidden|not found/i.test(error.message))
    return 'denied'
  if (status === 400) return 'allowed'
  throw new Error(`unexpected GraphQL error on ${field}: ${JSON.stringify(errors).slice(0, 400)}`)
}

async function attemptCollection(api: Api, actor: Actor, slug: string, op: CollectionOps): Promise<Verdict> {
  const names = gqlNames[slug]
  const gql = (query: string, variables?: Record<string, unknown>) => graphql(query, { token: token(actor), variables })
  if (op === 'create') {
    const data = await sampleData(slug, actor)
    if (api === 'local') {
      const file = isUpload(slug) ? { file: await pngFile() } : {}
      return local(actor, () =>
        payload.create({
          collection: slug as never,
          data: data as never,
          overrideAccess: false,
          user: user(actor),
          ...file,
        }),
      )
    }
    if (api === 'rest') {
      let body: unknown = data
      if (isUpload(slug)) {
        const file = await pngFile()
        const form = new FormData()
        form.append('file', new Blob([new Uint8Array(file.data)], { type: file.mimetype }), file.name)
        form.append('_payload', JSON.stringify(data))
        body = form
      }
      const res = await rest('POST', slug, { body, token: token(actor), headers: { 'x-forwarded-for': freshIp() } })
      return verdictOfStatus(res.status, res.body)
    }
    const { altcha: _altcha, password, ...fields } = data as Record<string, unknown>
    // GraphQL's input type insists on required fields with defaults; the server still decides them.
    const input = {
      ...fields,
      ...(slug === 'users' ? { password } : {}),
      ...(slug === 'contact-requests' ? { status: 'received' } : {}),
    }
    return gqlVerdict(
      await gql(`mutation($data: ${names.input}!) { r: create${names.one}(data: $data) { id } }`, { data: input }),
      'r',
    )
  }
  if (op === 'unlock') {
    // Another account (an editor's), unlocked by email the way the admin's button and the API do.
    const { id } = await adminCreate(slug)
    const { email } = (await payload.findByID({ collection: 'users', id })) as { email: string }
    if (api === 'local')
      return local(actor, () =>
        // Payload's type asks for a password; unlocking reads only the email.
        payload.unlock({
          collection: 'users',
          data: { email } as { email: string; password: string },
          overrideAccess: false,
          req: { user: user(actor) },
        }),
      )
    if (api === 'rest') {
      const res = await rest('POST', `${slug}/unlock`, { body: { email }, token: token(actor) })
      return verdictOfStatus(res.status, res.body)
    }
    return gqlVerdict(await gql(`mutation($email: String!) { r: unlock${names.one}(email: $email) }`, { email }), 'r')
  }
  if (op === 'readVersions') {
    if (api === 'local')
      return local(actor, () =>
        payload.findVersions({ collection: slug as never, overrideAccess: false, user: user(actor) }),
      )
    if (api === 'rest') {
      const res = await rest('GET', `${slug}/versions`, { token: token(actor) })
      return verdictOfStatus(res.status, res.body)
    }
    return gqlVerdict(await gql(`{ r: versions${names.many} { totalDocs } }`), 'r')
  }
  const doc = await adminCreate(slug, op === 'readDraft')
  const id = doc.id
  if (op === 'read' || op === 'readDraft') {
    const draft = op === 'readDraft'
    if (api === 'local')
      return local(actor, () =>
        payload.findByID({ collection: slug as never, id, draft, overrideAccess: false, user: user(actor) }),
      )
    if (api === 'rest') {
      const res = await rest('GET', `${slug}/${id}${draft ? '?draft=true' : ''}`, { token: token(actor) })
      return verdictOfStatus(res.status, res.body)
    }
    return gqlVerdict(await gql(`query($id: Int!) { r: ${names.one}(id: $id, draft: ${draft}) { id } }`, { id }), 'r')
  }
  if (op === 'update') {
    const data = changeFor(slug)
    if (api === 'local')
      return local(actor, () =>
        payload.update({
          collection: slug as never,
          id,
          data: data as never,
          overrideAccess: false,
          user: user(actor),
        }),
      )
    if (api === 'rest') {
      const res = await rest('PATCH', `${slug}/${id}`, { body: data, token: token(actor) })
      return verdictOfStatus(res.status, res.body)
    }
    return gqlVerdict(
      await gql(
        `mutation($id: Int!, $data: ${names.updateInput}!) { r: update${names.one}(id: $id, data: $data) { id } }`,
        { id, data },
      ),
      'r',
    )
  }
  if (api === 'local')
    return local(actor, () =>
      payload.delete({ collection: slug as never, id, overrideAccess: false, user: user(actor) }),
    )
  if (api === 'rest') {
    const res = await rest('DELETE', `${slug}/${id}`, { token: token(actor) })
    return verdictOfStatus(res.status, res.body)
  }
  return gqlVerdict(await gql(`mutation($id: Int!) { r: delete${names.one}(id: $id) { id } }`, { id }), 'r')
}

async function attemptGlobal(api: Api, actor: Actor, slug: string, op: GlobalOps): Promise<Verdict> {
  const name = gqlGlobalNames[slug]
  const current = (await payload.findGlobal({ slug: slug as never })) as Record<string, unknown>
  // Saving the global as it is: a change nobody notices, with every required field present.
  const { id: _id, globalType: _type, createdAt: _c, updatedAt: _u, ...data } = current
  if (op === 'read') {
    if (api === 'local')
      return local(actor, () => payload.findGlobal({ slug: slug as never, overrideAccess: false, user: user(actor) }))
    if (api === 'rest') {
      const res = await rest('GET', `globals/${slug}`, { token: token(actor) })
      return verdictOfStatus(res.status, res.body)
    }
    return gqlVerdict(await graphql(`{ r: ${name} { updatedAt } }`, { token: token(actor) }), 'r')
  }
  if (op === 'update') {
    if (api === 'local')
      return local(actor, () =>
        payload.updateGlobal({ slug: slug as never, data: data as never, overrideAccess: false, user: user(actor) }),
      )
    if (api === 'rest') {
      const res = await rest('POST', `globals/${slug}`, { body: data, token: token(actor) })
      return verdictOfStatus(res.status, res.body)
    }
    return gqlVerdict(
      await graphql(`mutation($data: mutation${name}Input!) { r: update${name}(data: $data) { updatedAt } }`, {
        token: token(actor),
        variables: { data },
      }),
      'r',
    )
  }
  if (api === 'local')
    return local(actor, () =>
      payload.findGlobalVersions({ slug: slug as never, overrideAccess: false, user: user(actor) }),
    )
  if (api === 'rest') {
    const res = await rest('GET', `globals/${slug}/versions`, { token: token(actor) })
    return verdictOfStatus(res.status, res.body)
  }
  return gqlVerdict(await graphql(`{ r: versions${name} { totalDocs } }`, { token: token(actor) }), 'r')
}

beforeAll(async () => {
  payload = await testPayload()
  for (const role of ['editor', 'staff', 'admin'] as const) {
    users[role] = await createUser(payload, [role])
    tokens[role] = await login(users[role].email, 'correct-horse-battery-staple')
  }
  // GraphQL names are Payload's to choose; find them in the schema, so renamed collections stay covered.
  const schema = await graphql('{ __schema { queryType { fields { name } } mutationType { fields { name } } } }')
  const queries: string[] = schema.body.data.__schema.queryType.fields.map((f: { name: string }) => f.name)
  const updates: string[] = schema.body.data.__schema.mutationType.fields.map((f: { name: string }) => f.name)
  const compact = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '')
  const longest = (xs: string[]) => xs.sort((a, b) => b.length - a.length)[0]
  for (const slug of Object.keys(payload.collections)) {
    const one = longest(
      updates
        .filter((n) => n.startsWith('create') && compact(slug).startsWith(compact(n.slice(6))))
        .map((n) => n.slice(6)),
    )
    if (!one) continue
    const many = queries
      .filter((n) => n.startsWith('count') && compact(n).includes(compact(one)))
      .map((n) => n.slice(5))
      .sort((a, b) => a.length - b.length)[0]
    gqlNames[slug] = {
      one,
      many,
      versions: `versions${many}`,
      input: `mutation${one}Input`,
      updateInput: `mutation${one}UpdateInput`,
    }
  }
  for (const global of payload.config.globals) {
    const match = updates.find(
      (name) => name.startsWith('update') && compact(global.slug).startsWith(compact(name.slice('update'.length))),
    )
    if (!match) throw new Error(`no GraphQL update mutation found for global ${global.slug}`)
    gqlGlobalNames[global.slug] = match.slice('update'.length)
  }
})

describe('the access table covers the whole system', () => {
  it('has a row for every collection and global in the config, and no row for one that is gone', () => {
    const collections = payload.config.collections.map((c) => c.slug).filter((slug) => !slug.startsWith('payload-'))
    expect(Object.keys(COLLECTION_RULES).sort()).toEqual(collections.sort())
    // payload-* globals are Payload's own jobs bookkeeping (schedule timestamps, no personal data;
    // signed-in users only, Payload's default), outside this table like the payload-* collections.
    expect(Object.keys(GLOBAL_RULES).sort()).toEqual(
      payload.config.globals
        .map((g) => g.slug)
        .filter((slug) => !slug.startsWith('payload-'))
        .sort(),
    )
  })

  it('decides every operation a collection or global actually has (drafts, versions)', () => {
    for (const [slug, ops] of Object.entries(COLLECTION_RULES)) {
      const versions = Boolean(collectionConfig(slug).versions)
      expect(Object.keys(ops).sort(), slug).toEqual(
        [
          'create',
          'read',
          'update',
          'delete',
          ...(versions ? ['readVersions'] : []),
          ...(hasDrafts(slug) ? ['readDraft'] : []),
          ...(collectionConfig(slug).auth ? ['unlock'] : []),
        ].sort(),
      )
    }
    for (const [slug, ops] of Object.entries(GLOBAL_RULES)) {
      const versions = Boolean(payload.config.globals.find((g) => g.slug === slug)?.versions)
      expect(Object.keys(ops).sort(), slug).toEqual(['read', 'update', ...(versions ? ['readVersions'] : [])].sort())
    }
  })
})

for (const [slug, ops] of Object.entries(COLLECTION_RULES)) {
  describe(`collection ${slug}`, () => {
    for (const [op, allowed] of Object.entries(ops) as [CollectionOps, Actor[]][]) {
      it(`${op}: only ${allowed.join(', ') || 'nobody'}, through every API`, async () => {
        const got: string[] = []
        const want: string[] = []
        for (const api of APIS) {
          for (const actor of ACTORS) {
            got.push(`${api} ${actor} ${await attemptCollection(api, actor, slug, op)}`)
            want.push(`${api} ${actor} ${allowed.includes(actor) ? 'allowed' : 'denied'}`)
          }
        }
        expect(got).toEqual(want)
      })
    }
  })
}

for (const [slug, ops] of Object.entries(GLOBAL_RULES)) {
  describe(`global ${slug}`, () => {
    for (const [op, allowed] of Object.entries(ops) as [GlobalOps, Actor[]][]) {
      it(`${op}: only ${allowed.join(', ') || 'nobody'}, through every API`, async () => {
        const got: string[] = []
        const want: string[] = []
        for (const api of APIS) {
          for (const actor of ACTORS) {
            got.push(`${api} ${actor} ${await attemptGlobal(api, actor, slug, op)}`)
            want.push(`${api} ${actor} ${allowed.includes(actor) ? 'allowed' : 'denied'}`)
          }
        }
        expect(got).toEqual(want)
      })
    }
  })
}
