import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { User } from '../../src/payload-types'
import { confirmRemovalNotice } from '../../src/takedown/confirmation'
import { createUser, testPayload } from '../helpers/payload'
import { login, rest } from '../helpers/rest'
import { confirmationTokenIn, forceStatus, startMailbox, submitPublicly, validNotice } from '../helpers/takedown'

let payload: Payload
let mailbox: Awaited<ReturnType<typeof startMailbox>>
let staff: User
let staffToken: string
let adminToken: string
let editorToken: string

const reasons = (facts = 'The notifier showed the original file with its camera metadata from 2018.') => ({
  scope: 'The photograph in the edition page, nothing else.',
  facts,
  ground: 'law',
  groundDetail: 'Copyright Law of the PRC art. 10; DMCA 512(c)',
})

async function editionId(year: number) {
  const { docs } = await payload.find({
    collection: 'editions',
    where: { year: { equals: year } },
    overrideAccess: true,
  })
  return docs[0].id
}

async function publiclyVisible(year: number) {
  const res = await rest('GET', `editions?where[year][equals]=${year}`)
  return res.body.totalDocs === 1
}

/** Files a notice as the public, confirms it through the emailed link and returns its id. */
async function fileAndConfirm(url: string, overrides: Record<string, unknown> = {}) {
  const email = `notifier-${Math.random().toString(36).slice(2)}@example.test`
  const res = await submitPublicly(validNotice(url, { email, ...overrides }))
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  const mail = await mailbox.waitFor((m) => m.to.includes(email))
  const confirmed = await rest('POST', 'contact-requests/confirm', { body: { token: confirmationTokenIn(mail) } })
  expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200)
  return res.body.doc.id as number
}

beforeAll(async () => {
  mailbox = await startMailbox()
  process.env.SMTP_HOST = '127.0.0.1'
  process.env.SMTP_PORT = String(mailbox.port)
  payload = await testPayload()
  staff = await createUser(payload, ['staff'])
  staffToken = await login(staff.email, 'correct-horse-battery-staple')
  adminToken = await login((await createUser(payload, ['admin'])).email, 'correct-horse-battery-staple')
  editorToken = await login((await createUser(payload, ['editor'])).email, 'correct-horse-battery-staple')
})

afterAll(async () => {
  // Decision emails go out after the response; let the last ones land before the server closes.
  await new Promise((resolve) => setTimeout(resolve, 500))
  await mailbox?.close()
})

describe('a removal notice from intake to decision', () => {
  let id: number
  let reference: string

  it('is stored unconfirmed with a reference, emails a confirmation link, and changes nothing yet', async () => {
    const res = await submitPublicly(validNotice('/editions/2019'))
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    id = res.body.doc.id
    const stored = await payload.findByID({ collection: 'contact-requests', id, overrideAccess: true })
    reference = stored.reference!
    expect(reference).toMatch(/^R-\d{4}-\d{6}$/)
    expect(stored.status).toBe('unconfirmed')
    expect(stored.urls?.[0]).toMatchObject({ targetCollection: 'editions', title: expect.stringContaining('2019') })
    const mail = await mailbox.waitFor((m) => m.raw.includes(reference))
    expect(mail.to).toEqual(['wang.fang@example.test'])
    expect(confirmationTokenIn(mail)).toBeTruthy()
    expect(await publiclyVisible(2019)).toBe(true)
  })

  it('hides a copyright notice’s target at once when the email is confirmed', async () => {
    const mail = await mailbox.waitFor((m) => m.raw.includes(reference))
    const result = await confirmRemovalNotice(payload, confirmationTokenIn(mail))
    expect(result).toMatchObject({ ok: true, reference, alreadyConfirmed: false })
    const stored = await payload.findByID({ collection: 'contact-requests', id, overrideAccess: true })
    expect(stored.status).toBe('received')
    expect(stored.confirmedAt).toBeTruthy()
    expect(new Date(stored.dueAt!).getTime()).toBeGreaterThan(Date.now() + 24 * 3600_000)
    expect(await publiclyVisible(2019)).toBe(false)
    const edition = await payload.findByID({ collection: 'editions', id: await editionId(2019), overrideAccess: true })
    expect(edition.takedown).toMatchObject({ hidden: true, reference, basis: 'copyright' })
  })

  it('treats a second click on the link as already confirmed', async () => {
    const mail = await mailbox.waitFor((m) => m.raw.includes(reference))
    expect(await confirmRemovalNotice(payload, confirmationTokenIn(mail))).toMatchObject({
      ok: true,
      alreadyConfirmed: true,
    })
    expect(await confirmRemovalNotice(payload, 'x'.repeat(32))).toMatchObject({ ok: false, status: 404 })
  })

  it('refuses a decision without a statement of reasons, naming what is missing', async () => {
    expect(
      (await rest('PATCH', `contact-requests/${id}`, { token: staffToken, body: { status: 'in_review' } })).status,
    ).toBe(200)
    const res = await rest('PATCH', `contact-requests/${id}`, { token: staffToken, body: { status: 'declined' } })
    expect(res.status).toBe(400)
    const paths = res.body.errors[0].data.errors.map((e: { path: string }) => e.path)
    expect(paths).toEqual(expect.arrayContaining(['reasons.scope', 'reasons.facts', 'reasons.ground']))
    expect((await payload.findByID({ collection: 'contact-requests', id, overrideAccess: true })).status).toBe(
      'in_review',
    )
  })

  it('brings the edition back when staff decline, and emails the notifier the reasons', async () => {
    const res = await rest('PATCH', `contact-requests/${id}`, {
      token: staffToken,
      body: {
        status: 'declined',
        reasons: {
          ...reasons('The photograph is credited to the expo press office, which licensed it.'),
          ground: 'not_established',
        },
      },
    })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(res.body.doc.decidedBy).toBeTruthy()
    expect(res.body.doc.reasons.redress).toContain('contest')
    expect(await publiclyVisible(2019)).toBe(true)
    const decision = await mailbox.waitFor(
      (m) => m.raw.includes('Decision on your removal notice') && m.raw.includes(reference),
    )
    expect(decision.raw).toContain('No action taken on the content')
  })

  it('records every change in the audit trail with actor, statuses and a content hash', async () => {
    const trail = await rest('GET', `takedown-audit?where[request][equals]=${id}&sort=id&limit=50`, {
      token: staffToken,
    })
    expect(trail.status).toBe(200)
    const moves = trail.body.docs.map(
      (d: { fromStatus: string | null; toStatus: string }) => `${d.fromStatus ?? 'new'}→${d.toStatus}`,
    )
    expect(moves).toEqual(['new→unconfirmed', 'unconfirmed→received', 'received→in_review', 'in_review→declined'])
    expect(trail.body.docs[1].actorLabel).toBe('notifier (email confirmation)')
    // Role and account number; the email stays with the account, which only admins may read.
    expect(trail.body.docs[3].actorLabel).toBe(`staff (user ${staff.id})`)
    expect(trail.body.docs[3].actor?.id ?? trail.body.docs[3].actor).toBe(staff.id)
    expect(trail.body.docs[3].reasons.facts).toContain('licensed')
    for (const entry of trail.body.docs) expect(entry.contentHash).toMatch(/^[0-9a-f]{64}$/)
    for (let i = 1; i < trail.body.docs.length; i++)
      expect(trail.body.docs[i].previousHash).toBe(trail.body.docs[i - 1].entryHash)
  })
})

describe('removed, reinstated, and the policy per basis', () => {
  it('keeps a removed item hidden, and shows it again when reinstated with new reasons', async () => {
    const id = await fileAndConfirm('/editions/2020')
    expect(await publiclyVisible(2020)).toBe(false)
    await rest('PATCH', `contact-requests/${id}`, { token: staffToken, body: { status: 'in_review' } })
    expect(
      (
        await rest('PATCH', `contact-requests/${id}`, {
          token: staffToken,
          body: { status: 'removed', reasons: reasons() },
        })
      ).status,
    ).toBe(200)
    expect(await publiclyVisible(2020)).toBe(false)
    const sameReasons = await rest('PATCH', `contact-requests/${id}`, {
      token: staffToken,
      body: { status: 'reinstated' },
    })
    expect(sameReasons.status).toBe(400)
    expect(JSON.stringify(sameReasons.body)).toContain('new decision')
    const reinstated = await rest('PATCH', `contact-requests/${id}`, {
      token: adminToken,
      body: {
        status: 'reinstated',
        reasons: reasons('A counter-notice showed a licence from the photographer dated 2018.'),
      },
    })
    expect(reinstated.status, JSON.stringify(reinstated.body)).toBe(200)
    expect(await publiclyVisible(2020)).toBe(true)
  })

  it('leaves a defamation notice’s target visible until staff decide to remove it', async () => {
    const id = await fileAndConfirm('/editions/2021', { basis: 'defamation', elements: ['text'] })
    expect(await publiclyVisible(2021)).toBe(true)
    await rest('PATCH', `contact-requests/${id}`, { token: staffToken, body: { status: 'in_review' } })
    await rest('PATCH', `contact-requests/${id}`, {
      token: staffToken,
      body: { status: 'removed', reasons: reasons() },
    })
    expect(await publiclyVisible(2021)).toBe(false)
  })

  it('does not let an editor publish a hidden edition back into view', async () => {
    const id = await editionId(2021)
    const res = await rest('PATCH', `editions/${id}`, {
      token: editorToken,
      body: { title: 'Republished by an editor', _status: 'published', takedown: { hidden: false } },
    })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(res.body.doc.takedown.hidden).toBe(true)
    expect(await publiclyVisible(2021)).toBe(false)
    const draft = await rest('PATCH', `editions/${id}?draft=true`, { token: editorToken, body: { title: 'A draft' } })
    expect(draft.status).toBe(200)
    const published = await rest('PATCH', `editions/${id}`, { token: editorToken, body: { _status: 'published' } })
    expect(published.body.doc.takedown.hidden).toBe(true)
    expect(await publiclyVisible(2021)).toBe(false)
  })
})

describe('status transitions per role', () => {
  const ALL = [
    'unconfirmed',
    'received',
    'needs_info',
    'in_review',
    'removed',
    'edited',
    'declined',
    'reinstated',
    'withdrawn',
    'abusive',
    'void',
  ] as const
  const LEGAL: Record<string, string[]> = {
    unconfirmed: ['abusive', 'void'],
    received: ['needs_info', 'in_review', 'withdrawn', 'abusive', 'void'],
    needs_info: ['received', 'withdrawn', 'abusive', 'void'],
    in_review: ['removed', 'edited', 'declined', 'withdrawn', 'abusive', 'void'],
    removed: ['reinstated'],
    // Reconsideration by another member of staff (the same-person refusal: takedown-formalities).
    declined: ['in_review'],
    edited: ['in_review'],
  }
  let id: number

  beforeAll(async () => {
    const res = await submitPublicly(
      validNotice(
        '/organizations/' +
          (await payload.find({ collection: 'organizations', limit: 1, overrideAccess: true })).docs[0].slug,
        { basis: 'trademark' },
      ),
    )
    id = res.body.doc.id
  })

  for (const role of ['staff', 'admin'] as const) {
    for (const from of ALL) {
      for (const to of ALL) {
        if (from === to) continue
        const legal = (LEGAL[from] ?? []).includes(to)
        it(`${role}: ${from} → ${to} is ${legal ? 'allowed' : 'refused'}`, async () => {
          await forceStatus(payload, id, from)
          await payload.db.updateOne({
            collection: 'contact-requests',
            id,
            // No one decided it yet, so any member of staff may reopen a declined or edited one.
            data: { reasons: { facts: `facts of an earlier decision ${Math.random()}` }, decidedBy: null },
          })
          const res = await rest('PATCH', `contact-requests/${id}`, {
            token: role === 'staff' ? staffToken : adminToken,
            // infoRequest: a move to needs_info must say what is missing (refusal tested in takedown-messages).
            body: {
              status: to,
              infoRequest: 'The original file.',
              reasons: { ...reasons(`Facts for ${from} to ${to}: ${Math.random()}`), redress: 'Reply to this email.' },
            },
          })
          if (legal) {
            expect(res.status, JSON.stringify(res.body)).toBe(200)
            expect(res.body.doc.status).toBe(to)
          } else {
            expect(res.status).toBe(400)
            const message = res.body.errors[0].data.errors[0].message as string
            if (from === 'unconfirmed' && to === 'received') expect(message).toContain('Only the server')
            else if (LEGAL[from]) expect(message).toContain(LEGAL[from].join(', '))
            else expect(message).toContain('closed')
            expect((await payload.findByID({ collection: 'contact-requests', id, overrideAccess: true })).status).toBe(
              from,
            )
          }
        })
      }
    }
  }

  for (const who of ['public', 'editor'] as const) {
    it(`${who}: cannot change any status (403)`, async () => {
      await forceStatus(payload, id, 'received')
      const res = await rest('PATCH', `contact-requests/${id}`, {
        token: who === 'editor' ? editorToken : undefined,
        body: { status: 'in_review' },
      })
      expect(res.status).toBe(403)
      expect((await payload.findByID({ collection: 'contact-requests', id, overrideAccess: true })).status).toBe(
        'received',
      )
    })
  }

  it('server code without a signed-in person cannot take a decision', async () => {
    await forceStatus(payload, id, 'in_review')
    const attempt = payload.update({
      collection: 'contact-requests',
      id,
      data: { status: 'removed', reasons: reasons() } as never,
      overrideAccess: true,
    })
    await expect(attempt).rejects.toMatchObject({
      data: { errors: [{ path: 'status', message: expect.stringContaining('signed in as staff') }] },
    })
  })
})
