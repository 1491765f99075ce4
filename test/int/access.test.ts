import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { User } from '../../src/payload-types'
import { validEdition } from '../helpers/fixtures'
import { createUser, testPayload } from '../helpers/payload'
import { login, rest } from '../helpers/rest'
import { freshIp, solvedAltcha } from '../helpers/takedown'

// The role × operation matrix lives in access-matrix.test.ts (one table, every API); this file keeps
// the rules that do not fit a table: drafts, self-service on users, lockout, the first admin.
type Actor = 'public' | 'editor' | 'staff' | 'admin'

let payload: Payload
const users = {} as Record<Exclude<Actor, 'public'>, User>
const tokens = {} as Record<Exclude<Actor, 'public'>, string>
beforeAll(async () => {
  payload = await testPayload()
  for (const role of ['editor', 'staff', 'admin'] as const) {
    users[role] = await createUser(payload, [role])
    tokens[role] = await login(users[role].email, 'correct-horse-battery-staple')
  }
})

describe('drafts stay private', () => {
  it('the public and staff do not see a draft edition; editors do', async () => {
    const draft = await payload.create({
      collection: 'editions',
      data: { ...validEdition(2150), _status: 'draft' },
      overrideAccess: true,
      draft: true,
    })
    for (const user of [undefined, users.staff]) {
      const found = await payload.find({
        collection: 'editions',
        where: { year: { equals: 2150 } },
        overrideAccess: false,
        user,
      })
      expect(found.totalDocs).toBe(0)
      await expect(
        payload.findByID({ collection: 'editions', id: draft.id, overrideAccess: false, user }),
      ).rejects.toMatchObject({ status: 404 })
    }
    const asEditor = await payload.find({
      collection: 'editions',
      where: { year: { equals: 2150 } },
      overrideAccess: false,
      user: users.editor,
      draft: true,
    })
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
      body: {
        name: 'Ana',
        email: 'ana@example.test',
        subject: 'Correction',
        message: 'The 2019 venue is right, thanks.',
        altcha: await solvedAltcha(),
      },
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
      body: {
        name: 'Ana',
        email: 'ana@example.test',
        subject: 'Hi',
        message: 'Another message here.',
        status: 'answered',
        altcha: await solvedAltcha(),
      },
      headers: { 'x-forwarded-for': freshIp() },
    })
    expect(res.status).toBe(201)
    const stored = await payload.findByID({ collection: 'contact-requests', id: res.body.doc.id })
    expect(stored.status).toBe('received')
  })
})

describe('users', () => {
  it('only admins can create users or change roles; others see only themselves', async () => {
    expect(
      (
        await rest('POST', 'users', {
          token: tokens.editor,
          body: { email: 'x@example.test', password: 'abcdefgh12', roles: ['admin'] },
        })
      ).status,
    ).toBe(403)
    const list = await rest('GET', 'users', { token: tokens.staff })
    expect(list.body.docs.map((u: User) => u.id)).toEqual([users.staff.id])
    const promote = await rest('PATCH', `users/${users.editor.id}`, {
      token: tokens.editor,
      body: { roles: ['admin'] },
    })
    const after = await payload.findByID({ collection: 'users', id: users.editor.id })
    expect(after.roles).toEqual(['editor'])
    expect([200, 403]).toContain(promote.status)
    expect((await rest('GET', 'users', {})).status).toBe(403)
  })

  it('locks an account for a while after 5 wrong passwords, even against the right one', async () => {
    const victim = await createUser(payload, ['editor'])
    for (let i = 0; i < 5; i++) {
      expect(
        (await rest('POST', 'users/login', { body: { email: victim.email, password: 'wrong-password' } })).status,
      ).toBe(401)
    }
    const locked = await rest('POST', 'users/login', {
      body: { email: victim.email, password: 'correct-horse-battery-staple' },
    })
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
