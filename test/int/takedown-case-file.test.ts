import crypto from 'node:crypto'

import { createLocalReq } from 'payload'
import { describe, expect, it } from 'vitest'

import { confirmRemovalNotice } from '../../src/takedown/confirmation'
import { runTakedownQueue } from '../../src/takedown/queueRunner'
import { anonymiseRequest } from '../../src/takedown/retention'
import { canonicalJson, snapshotRows } from '../../src/takedown/snapshotText'
import { rest } from '../helpers/rest'
import { confirmationTokenIn, submitPublicly, takedownSuiteForFile, validNotice } from '../helpers/takedown'

// Issue 16 §4: the request screen as a case file. The notice first, then the decision, then the
// history: the audit trail and every email sent about the request (time, role, language), and
// for each address a copy of the content as it stood when the notice hid it.

const { mailbox, payload, staffToken } = await takedownSuiteForFile()

let pageCounter = 0
async function ownPage(title: string) {
  const slug = `case-file-${Date.now()}-${++pageCounter}`
  const page = await payload.create({
    collection: 'pages',
    data: { title, slug, _status: 'published' },
    overrideAccess: true,
  })
  return { id: page.id, url: `/${slug}` }
}

async function fileAndConfirm(url: string, overrides: Record<string, unknown> = {}) {
  const email = `case-${Math.random().toString(36).slice(2)}@example.test`
  const res = await submitPublicly(validNotice(url, { email, ...overrides }))
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  const mail = await mailbox.waitFor((m) => m.to.includes(email))
  expect(await confirmRemovalNotice(payload, confirmationTokenIn(mail))).toMatchObject({ ok: true })
  await runTakedownQueue(payload, 100)
  return { id: res.body.doc.id as number, email }
}

const snapshotsOf = async (request: number) =>
  (
    await payload.find({
      collection: 'takedown-snapshots',
      where: { request: { equals: request } },
      overrideAccess: true,
      depth: 0,
    })
  ).docs

describe('the request screen reads like a case file', () => {
  it('puts the notice first, then the decision, then the history; every field placed once', () => {
    {
      const all = payload.config.collections.find((col) => col.slug === 'contact-requests')!.fields
      const sections = all.filter((f) => f.type === 'collapsible') as unknown as {
        label: { en: string }
        fields: { name?: string }[]
      }[]
      expect(sections.map((s) => s.label.en)).toEqual(['The notice, as filed', 'Decision', 'History'])
      const [notice, decision, history] = sections.map((s) => s.fields.map((f) => f.name))
      expect(notice.slice(0, 2)).toEqual(['name', 'email'])
      expect(notice).toEqual(expect.arrayContaining(['urls', 'basis', 'originalWork', 'explanation', 'evidence']))
      expect(decision).toEqual(expect.arrayContaining(['reasons', 'infoRequest']))
      expect(history).toEqual(expect.arrayContaining(['auditTrail', 'emailsSent']))
      const main = all.filter(
        (f) =>
          'name' in f &&
          !(f.admin as { position?: string; hidden?: boolean })?.position &&
          !(f.admin as { hidden?: boolean })?.hidden,
      )
      expect(main.map((f) => (f as { name: string }).name)).toEqual([])
    }
  })
})

describe('content snapshots', () => {
  it('keeps the content as it was when hidden, untouched by later edits; staff open it from the address row', async () => {
    const page = await ownPage('Ceremony photographs, as first published')
    const { id } = await fileAndConfirm(page.url) // copyright: hidden on confirmation
    const [snapshot] = await snapshotsOf(id)
    expect(snapshot).toMatchObject({ key: `pages:${page.id}`, url: page.url, targetCollection: 'pages' })
    const copy = snapshot.document as { title: Record<string, string> }
    expect(copy.title.en).toBe('Ceremony photographs, as first published')
    expect(snapshot.sha256).toBe(crypto.createHash('sha256').update(canonicalJson(snapshot.document)).digest('hex'))

    // An editor changes the page afterwards: the snapshot still shows what was hidden.
    await payload.update({ collection: 'pages', id: page.id, data: { title: 'Renamed later' }, overrideAccess: true })
    const [after] = await snapshotsOf(id)
    expect((after.document as { title: Record<string, string> }).title.en).toBe(
      'Ceremony photographs, as first published',
    )
    expect(snapshotRows(after.document)).toContainEqual({
      path: 'title.en',
      text: 'Ceremony photographs, as first published',
    })

    // Staff find it the way the address row does; the public and editors cannot.
    const query = `takedown-snapshots?where[request][equals]=${id}&where[key][equals]=pages:${page.id}&depth=0`
    const staffRead = await rest('GET', query, { token: staffToken })
    expect(staffRead.body.docs.map((d: { id: number }) => d.id)).toEqual([snapshot.id])
    expect((await rest('GET', query)).status).toBe(403)
  })

  it('takes none while a notice has hidden nothing, one when a decision removes the content', async () => {
    const page = await ownPage('A page with a factual error')
    const { id } = await fileAndConfirm(page.url, { basis: 'factual_error', relationship: 'person_concerned' })
    expect(await snapshotsOf(id)).toHaveLength(0)
    await rest('PATCH', `contact-requests/${id}`, { token: staffToken, body: { status: 'in_review' } })
    const removed = await rest('PATCH', `contact-requests/${id}`, {
      token: staffToken,
      body: {
        status: 'removed',
        reasons: { scope: 'The whole page.', facts: 'The dates on it are wrong.', ground: 'terms', groundDetail: '§4' },
      },
    })
    expect(removed.status, JSON.stringify(removed.body)).toBe(200)
    expect((await snapshotsOf(id)).map((s) => (s.document as { title: { en: string } }).title.en)).toEqual([
      'A page with a factual error',
    ])
  })

  it('goes with the request: at retention, and when an admin deletes the request', async () => {
    const first = await fileAndConfirm((await ownPage('Retention snapshot')).url)
    const second = await fileAndConfirm((await ownPage('Deleted request snapshot')).url)
    expect(await snapshotsOf(first.id)).toHaveLength(1)
    expect(await snapshotsOf(second.id)).toHaveLength(1)
    await anonymiseRequest(await createLocalReq({}, payload), first.id, 'test')
    expect(await snapshotsOf(first.id)).toHaveLength(0)
    const key = (await payload.find({ collection: 'takedown-snapshots', overrideAccess: true, limit: 0 })).totalDocs
    await payload.delete({ collection: 'contact-requests', id: second.id, overrideAccess: true })
    expect((await payload.find({ collection: 'takedown-snapshots', overrideAccess: true, limit: 0 })).totalDocs).toBe(
      key - 1,
    )
  })
})

describe('the history: audit trail and emails sent', () => {
  it('lists every change and every email on the request, oldest first, with time, role and language; no addresses', async () => {
    const { id, email } = await fileAndConfirm((await ownPage('History page')).url, { language: 'zh' })
    const read = await rest('GET', `contact-requests/${id}?depth=1`, { token: staffToken })
    expect(read.status).toBe(200)
    // The request names its entries (ids only: maxDepth 0), which the admin lists oldest first.
    const ids = (join: { docs: (number | { id: number })[] }) =>
      join.docs.map((d) => (typeof d === 'object' ? d.id : d))
    const listed = async (collection: string, join: { docs: (number | { id: number })[] }, sort: string) =>
      (
        await rest('GET', `${collection}?where[id][in]=${ids(join).join(',')}&sort=${sort}&limit=100&depth=0`, {
          token: staffToken,
        })
      ).body.docs
    const trail = (await listed('takedown-audit', read.body.auditTrail, 'at')) as { toStatus: string }[]
    expect(trail.map((e) => e.toStatus)).toEqual(['unconfirmed', 'received'])
    const mails = (await listed('takedown-mail', read.body.emailsSent, 'sentAt')) as {
      audience: string
      language: string
      subject: string
      sentAt: string
    }[]
    expect(mails.map((m) => [m.audience, m.language])).toEqual(
      expect.arrayContaining([
        ['notifier', 'zh'],
        ['staff', 'en'],
      ]),
    )
    // Confirmation link first, then the receipt and the staff notice, in the order sent.
    expect(mails[0].subject).toMatch(/^请确认您的删除通知 /)
    expect(mails.map((m) => m.sentAt)).toEqual([...mails.map((m) => m.sentAt)].sort())
    expect(mails.length).toBeGreaterThanOrEqual(3)
    expect(JSON.stringify(mails)).not.toContain(email)
    // Lists leave the history out unless asked for: it is read one request at a time.
    const inList = await rest('GET', `contact-requests?where[id][equals]=${id}&depth=0`, { token: staffToken })
    expect(inList.body.docs[0].auditTrail).toBeUndefined()
    expect(inList.body.docs[0].emailsSent).toBeUndefined()
    const asked = await rest('GET', `contact-requests?where[id][equals]=${id}&depth=0&joins[auditTrail][limit]=5`, {
      token: staffToken,
    })
    expect(asked.body.docs[0].auditTrail.docs).toHaveLength(2)
    expect(asked.body.docs[0].emailsSent).toBeUndefined()
    // Anonymous readers see neither.
    expect((await rest('GET', `takedown-mail?where[request][equals]=${id}`)).status).toBe(403)
  })
})
