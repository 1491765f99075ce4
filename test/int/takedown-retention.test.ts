import { createHash } from 'node:crypto'

import { describe, expect, it } from 'vitest'

import { confirmRemovalNotice } from '../../src/takedown/confirmation'
import { counterNoticeFrom } from '../../src/takedown/counterNoticeInput'
import { runTakedownQueue } from '../../src/takedown/queueRunner'
import { transparencyReport, parsePeriod, periodOf } from '../../src/takedown/transparency'
import { createUser } from '../helpers/payload'
import { login, rest } from '../helpers/rest'
import {
  confirmationTokenIn,
  freshIp,
  solvedAltcha,
  takedownSuiteForFile,
  submitPublicly,
  validCounterNoticeFields,
  validNotice,
} from '../helpers/takedown'

// Retention: a notifier's personal data goes a set time after closure (or at their request),
// from everywhere the system keeps it, while the audit trail and the report's figures remain.

const { mailbox, payload, staffToken } = await takedownSuiteForFile()

const reasons = {
  scope: 'The photograph only.',
  facts: 'The notifier showed the original file from 2018.',
  ground: 'law',
  groundDetail: 'Copyright Law art. 10',
}

// Staff's statement names the notifier, as real ones do: it must not outlive retention either
// (the request's copy and the audit trail's).
const factsAbout = (name: string) => `${reasons.facts} ${name} sent it with the camera's metadata.`

/** A decided notice with a unique identity, so any trace of it can be searched for. */
async function decidedNotice(tag: string, decision: 'declined' | 'removed' = 'declined') {
  const person = {
    name: `Zhao ${tag} Min`,
    email: `zhao.${tag}@example.test`,
    signature: `Zhao ${tag} Min`,
    phone: `+86 23 5555 ${tag.slice(0, 4)}`,
    postalAddress: `${tag} Jiefangbei Road, Chongqing`,
  }
  const ip = freshIp()
  const res = await submitPublicly(
    validNotice('/editions/2019', {
      ...person,
      explanation: `The photograph is mine (${tag}); it was published without my permission or a credit.`,
      originalWork: `My photograph ${tag} of the opening ceremony.`,
    }),
    { ip },
  )
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  const mail = await mailbox.waitFor((m) => m.to.includes(person.email))
  await confirmRemovalNotice(payload, confirmationTokenIn(mail))
  await rest('PATCH', `contact-requests/${res.body.doc.id}`, { token: staffToken, body: { status: 'in_review' } })
  const decided = await rest('PATCH', `contact-requests/${res.body.doc.id}`, {
    token: staffToken,
    body:
      decision === 'declined'
        ? { status: 'declined', reasons: { ...reasons, ground: 'not_established', facts: factsAbout(person.name) } }
        : { status: 'removed', reasons: { ...reasons, facts: factsAbout(person.name) } },
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
    // The statement keeps its ground (the report's figure); its free text is gone (issue 15 §5).
    expect(stored.reasons).toMatchObject({ ground: 'not_established', facts: '[anonymised]', scope: '[anonymised]' })
    const audit = await payload.find({
      collection: 'takedown-audit',
      where: { request: { equals: old.id } },
      sort: 'id',
      limit: 50,
      overrideAccess: true,
    })
    // The decision's entry: statement cleared the same way, and the chain still checks out, since
    // it commits to the digest of the statement as given.
    const decision = audit.docs.find((d) => d.toStatus === 'declined' && d.fromStatus === 'in_review')!
    expect(decision.reasons).toMatchObject({ ground: 'not_established', facts: '[anonymised]' })
    const body = {
      requestId: old.id,
      reference: decision.reference,
      from: decision.fromStatus,
      to: decision.toStatus,
      changedFields: decision.changedFields,
      reasons: decision.reasonsDigest,
      contentHash: decision.contentHash,
      actorLabel: decision.actorLabel,
      at: decision.at,
      previousHash: decision.previousHash,
      actor: typeof decision.actor === 'object' ? (decision.actor?.id ?? null) : (decision.actor ?? null),
    }
    expect(decision.reasonsDigest).toMatch(/^[0-9a-f]{64}$/)
    expect(createHash('sha256').update(JSON.stringify(body)).digest('hex')).toBe(decision.entryHash)
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

  it('takes the counter-notices, staff notes and the sender’s own words with the request (issue 15 §5)', async () => {
    const n = await decidedNotice('cnt5', 'removed')
    await rest('PATCH', `contact-requests/${n.id}`, {
      token: staffToken,
      body: { staffNotes: 'Called Zhao cnt5 at +86 23 5555 cnt5 about the licence.' },
    })
    const form = new FormData()
    for (const [k, v] of Object.entries(
      validCounterNoticeFields(n.reference, {
        name: 'Qian cnt5 Li',
        email: 'qian.cnt5@example.test',
        address: 'cnt5 Minzu Road, Chongqing',
        phone: '+86 23 cnt5 0000',
        material: 'My photo cnt5 on the 2019 page.',
        statement: 'I took photograph cnt5 myself and licensed it to the organisers in 2019.',
        evidence: 'https://example.test/licence-cnt5.pdf',
      }),
    ))
      form.set(k, v)
    form.set('altcha', await solvedAltcha())
    const { fileCounterNotice } = await import('../../src/takedown/submit')
    const filed = await fileCounterNotice(counterNoticeFrom(form), freshIp())
    expect(filed, JSON.stringify(filed)).toMatchObject({ ok: true })
    // The counter-notice started the restoration clock; staff record the notifier's court case.
    const kept = await rest('PATCH', `contact-requests/${n.id}`, {
      token: staffToken,
      body: {
        status: 'removed',
        actionFiled: 'Case cnt5 filed by Zhao at the Yuzhong court.',
        reasons: {
          scope: 'The 2019 edition page.',
          facts: 'The notifier told us of a court case about the photograph.',
          ground: 'law',
          groundDetail: 'Copyright Law art. 10',
        },
      },
    })
    expect(kept.status, JSON.stringify(kept.body)).toBe(200)
    // Every word the two people wrote, and staff's notes about them.
    const words = [
      'Qian cnt5 Li',
      'qian.cnt5@example.test',
      'cnt5 Minzu Road',
      '+86 23 cnt5 0000',
      'photo cnt5',
      'photograph cnt5',
      'licence-cnt5',
      'Called Zhao cnt5',
      'Case cnt5',
      'mine (cnt5)',
      'photograph cnt5 of',
    ]
    expect(await everything()).toContain('qian.cnt5@example.test')

    await payload.db.updateOne({
      collection: 'contact-requests',
      id: n.id,
      data: { status: 'declined', closedAt: new Date(Date.now() - 400 * 86_400_000).toISOString() },
    })
    await payload.jobs.queue({ task: 'anonymiseClosedRequests', input: {}, queue: 'takedown' })
    await runTakedownQueue(payload, 50)
    const all = await everything()
    for (const trace of [...traces(n), ...words]) expect(all, `"${trace}" is still stored`).not.toContain(trace)
  })

  it('closes a notice never confirmed once its link expired, so an erasure request reaches it at once', async () => {
    const person = { name: 'Sun exp6 Hua', email: 'sun.exp6@example.test', signature: 'Sun exp6 Hua' }
    const res = await submitPublicly(validNotice('/editions/2020', person))
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    // The link is set when the email goes out; then its 48 hours pass (moved back, not waited for).
    await mailbox.waitFor((m) => m.to.includes(person.email))
    await payload.db.updateOne({
      collection: 'contact-requests',
      id: res.body.doc.id,
      data: { confirmationExpiresAt: new Date(Date.now() - 60_000).toISOString() },
    })
    await payload.jobs.queue({ task: 'closeUnanswered', input: {}, queue: 'takedown' })
    await runTakedownQueue(payload, 50)
    const closed = await payload.findByID({ collection: 'contact-requests', id: res.body.doc.id, overrideAccess: true })
    expect(closed.status).toBe('void')
    expect(closed.closedAt).toBeTruthy()
    const erase = await rest('POST', 'contact-requests/erase', {
      body: { reference: closed.reference, email: person.email },
    })
    expect(erase.status).toBe(202)
    const all = await everything()
    for (const trace of [person.name, person.email]) expect(all, `"${trace}" is still stored`).not.toContain(trace)
  })
})
