import { describe, expect, it } from 'vitest'

import { confirmRemovalNotice } from '../../src/takedown/confirmation'
import { runTakedownQueue } from '../../src/takedown/queueRunner'
import { transparencyReport, parsePeriod, periodOf } from '../../src/takedown/transparency'
import { createUser } from '../helpers/payload'
import { login, rest } from '../helpers/rest'
import { confirmationTokenIn, freshIp, takedownSuiteForFile, submitPublicly, validNotice } from '../helpers/takedown'

// Retention: a notifier's personal data goes a set time after closure (or at their request),
// from everywhere the system keeps it, while the audit trail and the report's figures remain.

const { mailbox, payload, staffToken } = await takedownSuiteForFile()

const reasons = {
  scope: 'The photograph only.',
  facts: 'The notifier showed the original file from 2018.',
  ground: 'law',
  groundDetail: 'Copyright Law art. 10',
}

/** A decided notice with a unique identity, so any trace of it can be searched for. */
async function decidedNotice(tag: string) {
  const person = {
    name: `Zhao ${tag} Min`,
    email: `zhao.${tag}@example.test`,
    signature: `Zhao ${tag} Min`,
    phone: `+86 23 5555 ${tag.slice(0, 4)}`,
    postalAddress: `${tag} Jiefangbei Road, Chongqing`,
  }
  const ip = freshIp()
  const res = await submitPublicly(validNotice('/editions/2019', person), { ip })
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  const mail = await mailbox.waitFor((m) => m.to.includes(person.email))
  await confirmRemovalNotice(payload, confirmationTokenIn(mail))
  await rest('PATCH', `contact-requests/${res.body.doc.id}`, { token: staffToken, body: { status: 'in_review' } })
  const decided = await rest('PATCH', `contact-requests/${res.body.doc.id}`, {
    token: staffToken,
    body: { status: 'declined', reasons: { ...reasons, ground: 'not_established' } },
  })
  expect(decided.status, JSON.stringify(decided.body)).toBe(200)
  // Wait for the receipt to be sent (its time is a report figure), so the figures are settled.
  let doc = await payload.findByID({
    collection: 'contact-requests',
    id: res.body.doc.id,
    overrideAccess: true,
    showHiddenFields: true,
  })
  for (let i = 0; i < 300 && !doc.acknowledgedAt; i++) {
    await new Promise((r) => setTimeout(r, 50))
    // What the server's cron does every minute, for a job the immediate run missed under load.
    if (i % 20 === 19) await runTakedownQueue(payload, 20)
    doc = await payload.findByID({
      collection: 'contact-requests',
      id: res.body.doc.id,
      overrideAccess: true,
      showHiddenFields: true,
    })
  }
  expect(doc.acknowledgedAt).toBeTruthy()
  return { id: doc.id as number, reference: doc.reference!, person, fingerprint: doc.senderFingerprint! }
}

/** Every document of every collection and global, with versions, as one string. */
async function everything(): Promise<string> {
  const parts: unknown[] = []
  for (const collection of payload.config.collections) {
    parts.push(
      (
        await payload.find({
          collection: collection.slug as never,
          limit: 0,
          pagination: false,
          overrideAccess: true,
          showHiddenFields: true,
          depth: 0,
        })
      ).docs,
    )
    if (collection.versions)
      parts.push(
        (
          await payload.findVersions({
            collection: collection.slug as never,
            limit: 0,
            pagination: false,
            overrideAccess: true,
            depth: 0,
          })
        ).docs,
      )
  }
  for (const global of payload.config.globals)
    parts.push(await payload.findGlobal({ slug: global.slug as never, overrideAccess: true, depth: 0 }))
  return JSON.stringify(parts)
}

const traces = (n: Awaited<ReturnType<typeof decidedNotice>>) => [
  n.person.name,
  n.person.email,
  n.person.phone,
  n.person.postalAddress,
  n.fingerprint,
]

describe('retention', () => {
  it('anonymises a request 12 months after closure and leaves no personal data anywhere, while audit and figures stay', async () => {
    const old = await decidedNotice('old1')
    const recent = await decidedNotice('new2')
    const period = parsePeriod(periodOf(new Date()))!
    const before = await transparencyReport(payload, period)
    expect(await everything()).toContain(old.person.email)
    const auditBefore = (
      await payload.count({
        collection: 'takedown-audit',
        where: { request: { equals: old.id } },
        overrideAccess: true,
      })
    ).totalDocs

    // Closed 13 months ago (the closing date is moved back instead of the clock forward).
    const thirteenMonthsAgo = new Date()
    thirteenMonthsAgo.setUTCMonth(thirteenMonthsAgo.getUTCMonth() - 13)
    await payload.db.updateOne({
      collection: 'contact-requests',
      id: old.id,
      data: { closedAt: thirteenMonthsAgo.toISOString() },
    })
    await payload.jobs.queue({ task: 'anonymiseClosedRequests', input: {}, queue: 'takedown' })
    await runTakedownQueue(payload, 50)

    const all = await everything()
    for (const trace of traces(old)) expect(all, `"${trace}" is still stored`).not.toContain(trace)
    // The request closed a moment ago keeps its data for now.
    expect(all).toContain(recent.person.email)

    const stored = await payload.findByID({ collection: 'contact-requests', id: old.id, overrideAccess: true })
    expect(stored).toMatchObject({
      name: '[anonymised]',
      status: 'declined',
      basis: 'copyright',
      reference: old.reference,
    })
    expect(stored.anonymisedAt).toBeTruthy()
    expect(stored.reasons?.facts).toBe(reasons.facts)
    const audit = await payload.find({
      collection: 'takedown-audit',
      where: { request: { equals: old.id } },
      sort: 'id',
      limit: 50,
      overrideAccess: true,
    })
    expect(audit.totalDocs).toBe(auditBefore + 1)
    expect(audit.docs.at(-1)?.actorLabel).toBe('server (retention period over)')
    for (let i = 1; i < audit.docs.length; i++) expect(audit.docs[i].toStatus).toBeTruthy()

    const after = await transparencyReport(payload, period)
    expect({ ...after, generatedAt: null }).toEqual({ ...before, generatedAt: null })
  })

  it('never keeps data less than 6 months, whatever the setting says', async () => {
    const bad = await rest('POST', 'globals/takedown-settings', {
      token: await login((await createUser(payload, ['admin'])).email, 'correct-horse-battery-staple'),
      body: { retentionMonths: 3 },
    })
    expect(bad.status).toBe(400)
  })

  it('erases on request by reference and email, giving the same answer for a wrong pair', async () => {
    const n = await decidedNotice('ask3')
    const wrong = await rest('POST', 'contact-requests/erase', {
      body: { reference: n.reference, email: 'someone.else@example.test' },
    })
    const right = await rest('POST', 'contact-requests/erase', {
      body: { reference: n.reference, email: n.person.email.toUpperCase() },
    })
    expect(wrong.status).toBe(202)
    expect(right.status).toBe(202)
    expect(wrong.body.message).toBe(right.body.message)
    const all = await everything()
    for (const trace of traces(n)) expect(all, `"${trace}" is still stored`).not.toContain(trace)
    const audit = await payload.find({
      collection: 'takedown-audit',
      where: { request: { equals: n.id } },
      sort: '-id',
      limit: 1,
      overrideAccess: true,
    })
    expect(audit.docs[0].actorLabel).toBe('server (erasure asked for by the notifier)')
  })
})
