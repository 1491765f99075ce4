import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { User } from '../../src/payload-types'
import { pngFile, validEdition } from '../helpers/fixtures'
import { createUser, testPayload } from '../helpers/payload'
import { login, rest } from '../helpers/rest'
import { freshIp, solvedAltcha, validEnquiry } from '../helpers/takedown'

type Actor = 'public' | 'editor' | 'staff' | 'admin'
type Op = 'create' | 'read' | 'update' | 'delete'
type ContentCollection = 'editions' | 'organizations' | 'pages' | 'media' | 'contact-requests' | 'takedown-audit' | 'takedown-evidence' | 'counter-notices'

// Who may do what: the promise this suite checks. `published` means "only published documents".
const RULES: Record<ContentCollection, Record<Op, Actor[]>> = {
  editions: { create: ['editor', 'admin'], read: ['public', 'staff', 'editor', 'admin'], update: ['editor', 'admin'], delete: ['editor', 'admin'] },
  organizations: { create: ['editor', 'admin'], read: ['public', 'staff', 'editor', 'admin'], update: ['editor', 'admin'], delete: ['editor', 'admin'] },
  pages: { create: ['editor', 'admin'], read: ['public', 'staff', 'editor', 'admin'], update: ['editor', 'admin'], delete: ['editor', 'admin'] },
  media: { create: ['editor', 'admin'], read: ['public', 'staff', 'editor', 'admin'], update: ['editor', 'admin'], delete: ['editor', 'admin'] },
  'contact-requests': { create: ['public', 'staff', 'editor', 'admin'], read: ['staff', 'admin'], update: ['staff', 'admin'], delete: ['admin'] },
  // Append-only: only the workflow's hooks write it (see takedown-workflow.test.ts).
  'takedown-audit': { create: [], read: ['staff', 'admin'], update: [], delete: [] },
  // Files sent with removal notices: staff only, never edited.
  'takedown-evidence': { create: ['staff', 'admin'], read: ['staff', 'admin'], update: [], delete: ['admin'] },
  // Anyone affected may file one (with the anti-robot check); staff read; never edited.
  'counter-notices': { create: ['public', 'staff', 'editor', 'admin'], read: ['staff', 'admin'], update: [], delete: ['admin'] },
}
const ACTORS: Actor[] = ['public', 'editor', 'staff', 'admin']

let payload: Payload
const users = {} as Record<Exclude<Actor, 'public'>, User>
const tokens = {} as Record<Exclude<Actor, 'public'>, string>
let yearCounter = 2100

async function sampleData(collection: ContentCollection) {
  switch (collection) {
    case 'editions':
      return { ...validEdition(yearCounter++), _status: 'published' }
    case 'organizations':
      return { name: `Org ${yearCounter++}`, kind: 'other', _status: 'published' }
    case 'pages':
      return { title: `Page ${yearCounter++}`, _status: 'published' }
    case 'media':
      return { alt: 'A test image' }
    case 'contact-requests':
      // A public submission must carry a solved anti-robot challenge.
      return { name: 'Li Wei', email: `li.wei.${yearCounter++}@example.test`, subject: 'A question', message: 'Hello there, a question about 2019.', altcha: await solvedAltcha() }
    case 'takedown-audit': {
      const request = await payload.create({ collection: 'contact-requests', data: validEnquiry() as never, overrideAccess: true, context: { trustedServer: true } })
      return { request: request.id, at: new Date().toISOString(), actorLabel: 'test', toStatus: 'received', entryHash: 'test' }
    }
    case 'takedown-evidence': {
      const notice = await payload.create({ collection: 'contact-requests', data: validEnquiry() as never, overrideAccess: true, context: { trustedServer: true } })
      return { notice: notice.id }
    }
    case 'counter-notices': {
      // Only a removal notice that took content down can be contested; make one directly.
      const notice = await payload.create({ collection: 'contact-requests', data: validEnquiry() as never, overrideAccess: true, context: { trustedServer: true } })
      await payload.db.updateOne({ collection: 'contact-requests', id: notice.id, data: { kind: 'removal', status: 'removed' } })
      const statement = 'I wrote this text myself and the organisers had my permission to publish it.'
      return { reference: notice.reference, name: 'Chen Jie', email: `chen.${yearCounter++}@example.test`, material: 'The text on the page.', statement, goodFaith: true, altcha: await solvedAltcha() }
    }
  }
}

const isUpload = (collection: ContentCollection) => collection === 'media' || collection === 'takedown-evidence'

async function createAsAdmin(collection: ContentCollection) {
  const data = await sampleData(collection)
  return payload.create({ collection, data: data as never, overrideAccess: true, context: { trustedServer: true }, ...(isUpload(collection) ? { file: await pngFile() } : {}) })
}

async function attempt(actor: Actor, collection: ContentCollection, op: Op): Promise<boolean> {
  const user = actor === 'public' ? undefined : users[actor]
  const common = { collection, overrideAccess: false, user } as const
  try {
    if (op === 'create') {
      const data = await sampleData(collection)
      await payload.create({ ...common, data: data as never, ...(isUpload(collection) ? { file: await pngFile() } : {}) })
    } else {
      const doc = await createAsAdmin(collection)
      if (op === 'read') await payload.findByID({ ...common, id: doc.id })
      if (op === 'update') await payload.update({ ...common, id: doc.id, data: (collection === 'media' ? { alt: 'changed' } : collection === 'contact-requests' ? { staffNotes: 'Called back.' } : { _status: 'published' }) as never })
      if (op === 'delete') await payload.delete({ ...common, id: doc.id })
    }
    return true
  } catch (err) {
    const status = (err as { status?: number }).status
    if (status === 403 || status === 404) return false
    throw err
  }
}

beforeAll(async () => {
  payload = await testPayload()
  for (const role of ['editor', 'staff', 'admin'] as const) {
    users[role] = await createUser(payload, [role])
    tokens[role] = await login(users[role].email, 'correct-horse-battery-staple')
  }
})

describe('access rules per role (Local API, overrideAccess: false)', () => {
  for (const [collection, ops] of Object.entries(RULES) as [ContentCollection, Record<Op, Actor[]>][]) {
    for (const [op, allowed] of Object.entries(ops) as [Op, Actor[]][]) {
      for (const actor of ACTORS) {
        const expected = allowed.includes(actor)
        it(`${actor} ${expected ? 'can' : 'cannot'} ${op} ${collection}`, async () => {
          expect(await attempt(actor, collection, op)).toBe(expected)
        })
      }
    }
  }
})

describe('the rules table covers the whole system', () => {
  it('lists every collection, so a new collection without rules fails here', async () => {
    const slugs = payload.config.collections.map((c) => c.slug).filter((slug) => !slug.startsWith('payload-'))
    // users has its own tests below (self-service rules do not fit the table).
    expect(slugs.sort()).toEqual([...Object.keys(RULES), 'users'].sort())
  })
})

describe('drafts stay private', () => {
  it('the public and staff do not see a draft edition; editors do', async () => {
    const draft = await payload.create({ collection: 'editions', data: { ...validEdition(2150), _status: 'draft' }, overrideAccess: true, draft: true })
    for (const user of [undefined, users.staff]) {
      const found = await payload.find({ collection: 'editions', where: { year: { equals: 2150 } }, overrideAccess: false, user })
      expect(found.totalDocs).toBe(0)
      await expect(payload.findByID({ collection: 'editions', id: draft.id, overrideAccess: false, user })).rejects.toMatchObject({ status: 404 })
    }
    const asEditor = await payload.find({ collection: 'editions', where: { year: { equals: 2150 } }, overrideAccess: false, user: users.editor, draft: true })
    expect(asEditor.totalDocs).toBe(1)
  })

  it('GET /api/editions lists only the five published editions to the public', async () => {
    const res = await rest('GET', 'editions?limit=100&where[year][less_than]=2100&sort=year')
    expect(res.status).toBe(200)
    expect(res.body.docs.map((d: { year: number }) => d.year)).toEqual([2018, 2019, 2020, 2021, 2022])
  })
})

describe('contact requests are private (REST)', () => {
  it('the public and editors cannot list or read them; staff and admins can', async () => {
    const created = await rest('POST', 'contact-requests', {
      body: { name: 'Ana', email: 'ana@example.test', subject: 'Correction', message: 'The 2019 venue is right, thanks.', altcha: await solvedAltcha() },
      headers: { 'x-forwarded-for': freshIp() },
    })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    // What the public gets back from its own submission must not leak other requests either.
    for (const token of [undefined, tokens.editor]) {
      expect((await rest('GET', 'contact-requests', { token })).status).toBe(403)
      expect((await rest('GET', `contact-requests/${id}`, { token })).status).toBe(403)
    }
    for (const token of [tokens.staff, tokens.admin]) {
      const res = await rest('GET', `contact-requests/${id}`, { token })
      expect(res.status).toBe(200)
      expect(res.body.email).toBe('ana@example.test')
    }
  })

  it('a visitor cannot choose the status of their own request', async () => {
    const res = await rest('POST', 'contact-requests', {
      body: { name: 'Ana', email: 'ana@example.test', subject: 'Hi', message: 'Another message here.', status: 'answered', altcha: await solvedAltcha() },
      headers: { 'x-forwarded-for': freshIp() },
    })
    expect(res.status).toBe(201)
    const stored = await payload.findByID({ collection: 'contact-requests', id: res.body.doc.id })
    expect(stored.status).toBe('received')
  })
})

describe('users', () => {
  it('only admins can create users or change roles; others see only themselves', async () => {
    expect((await rest('POST', 'users', { token: tokens.editor, body: { email: 'x@example.test', password: 'abcdefgh12', roles: ['admin'] } })).status).toBe(403)
    const list = await rest('GET', 'users', { token: tokens.staff })
    expect(list.body.docs.map((u: User) => u.id)).toEqual([users.staff.id])
    const promote = await rest('PATCH', `users/${users.editor.id}`, { token: tokens.editor, body: { roles: ['admin'] } })
    const after = await payload.findByID({ collection: 'users', id: users.editor.id })
    expect(after.roles).toEqual(['editor'])
    expect([200, 403]).toContain(promote.status)
    expect((await rest('GET', 'users', {})).status).toBe(403)
  })

  it('locks an account for a while after 5 wrong passwords, even against the right one', async () => {
    const victim = await createUser(payload, ['editor'])
    for (let i = 0; i < 5; i++) {
      expect((await rest('POST', 'users/login', { body: { email: victim.email, password: 'wrong-password' } })).status).toBe(401)
    }
    const locked = await rest('POST', 'users/login', { body: { email: victim.email, password: 'correct-horse-battery-staple' } })
    expect(locked.status).toBe(401)
    expect(JSON.stringify(locked.body)).toMatch(/locked/i)
  })

  it('makes the very first account an admin, so the first-user screen yields a working admin', async () => {
    const fresh = await payload.count({ collection: 'users' })
    expect(fresh.totalDocs).toBeGreaterThan(0)
    const first = await payload.find({ collection: 'users', sort: 'createdAt', limit: 1 })
    expect(first.docs[0].roles).toEqual(['admin'])
  })
})
