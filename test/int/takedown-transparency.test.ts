import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { GET as csvRoute } from '../../app/(frontend)/transparency/report.csv/route'
import { GET as jsonRoute } from '../../app/(frontend)/transparency/report.json/route'
import { staffStats } from '../../src/takedown/dashboard'
import { NOTICE_BASES } from '../../src/takedown/vocabulary'
import { testPayload } from '../helpers/payload'

// The hand-worked figures below spread 500 notices over these four, in this order.
const FIXTURE_RELATIONSHIPS = ['rights_holder', 'authorized_agent', 'person_concerned', 'other'] as const

// 500 notices confirmed in 2026-H1, built so that every figure of the report is known in
// advance (worked out by hand below), plus notices that must not count: 20 from 2026-H2 and
// 10 never confirmed. They are written straight to the database: the report reads data, it
// does not care how it got there, and 530 hook runs would only slow the test.

const OUTCOME_CYCLE = [
  'removed',
  'edited',
  'declined',
  'withdrawn',
  'abusive',
  'reinstated',
  'void',
  'in_review',
] as const
const DECIDED = new Set(['removed', 'edited', 'declined', 'abusive', 'reinstated'])
const HOUR = 3_600_000

let payload: Payload

async function insert(data: Record<string, unknown>) {
  await payload.db.create({
    collection: 'contact-requests',
    data: { kind: 'removal', name: 'Generated', email: 'generated@example.test', openRank: 1, ...data },
  })
}

beforeAll(async () => {
  payload = await testPayload()
  const start = Date.UTC(2026, 1, 1) // 1 Feb 2026
  let decided = 0
  let hidden = 0
  for (let i = 0; i < 500; i++) {
    const confirmed = start + i * 60_000
    const status = OUTCOME_CYCLE[i % 8]
    const basis = NOTICE_BASES[i % 7].value
    const hides = i % 7 < 3 // copyright, image, personal_data
    await insert({
      status,
      basis,
      relationship: FIXTURE_RELATIONSHIPS[i % 4],
      createdAt: new Date(confirmed - 600_000).toISOString(),
      confirmedAt: new Date(confirmed).toISOString(),
      acknowledgedAt: new Date(confirmed + ((i % 10) + 1) * 60_000).toISOString(), // 1..10 minutes, 50 of each
      infoRequestedAt: i % 5 === 0 ? new Date(confirmed + HOUR).toISOString() : null,
      decidedAt: DECIDED.has(status) ? new Date(confirmed + ++decided * HOUR).toISOString() : null, // 1..313 hours
      hiddenAt: hides ? new Date(confirmed + ++hidden * 1000).toISOString() : null, // 1..216 seconds
    })
  }
  for (let i = 0; i < 20; i++)
    await insert({
      status: 'removed',
      basis: 'copyright',
      relationship: 'rights_holder',
      confirmedAt: new Date(Date.UTC(2026, 6, 2) + i * HOUR).toISOString(),
      decidedAt: new Date(Date.UTC(2026, 6, 3)).toISOString(),
    })
  for (let i = 0; i < 10; i++)
    await insert({ status: 'unconfirmed', basis: 'trademark', relationship: 'other', confirmedAt: null })
}, 300_000)

describe('transparency report for 2026-H1, against 500 generated notices', () => {
  let report: Record<string, any>

  it('is served as JSON with the known figures', async () => {
    const res = await jsonRoute(new Request('http://localhost/transparency/report.json?period=2026-H1'))
    expect(res.status).toBe(200)
    report = await res.json()
    expect(report.period).toBe('2026-H1')
    expect(report.notices).toBe(500)
    // 500 = 7 × 71 + 3: the first three bases get one more.
    expect(report.byBasis).toEqual({
      copyright: 72,
      image: 72,
      personal_data: 72,
      defamation: 71,
      trademark: 71,
      factual_error: 71,
      other: 71,
    })
    expect(report.byRelationship).toEqual({
      rights_holder: 125,
      authorized_agent: 125,
      person_concerned: 125,
      authority_order: 0,
      other: 125,
    })
    expect([report.complete, report.incomplete]).toEqual([400, 100])
    // 500 = 8 × 62 + 4: the first four outcomes of the cycle get 63.
    expect(report.outcomes).toEqual({
      removed: 63,
      edited: 63,
      declined: 63,
      withdrawn: 63,
      abusive: 62,
      reinstated: 62,
      void: 62,
      pending: 62,
    })
    expect(report.reinstatements).toBe(62)
    // Generated rows carry no first action (they were written straight to the database): the
    // figures that need one are worked through the real workflow in takedown-transparency-truth.
    // 216 were hidden with no person having acted first (hiddenAt, no firstActionAt).
    expect(report.automated).toEqual({ hiddenOnConfirmation: 216, closedWithoutAnswer: 0, decisions: 0 })
    // The 10 unconfirmed ones carry today's creation date: counted in 2026-H2, not here.
    expect(report.unconfirmed).toBe(0)
  })

  it('has median and 90th-percentile times worked out by hand', () => {
    // Acknowledgement: 50 each of 1..10 minutes; middle pair 5 and 6 min → 5.5 min = 0.0917 h; rank 450 → 9 min = 0.15 h.
    expect(report.times.receiptToAcknowledgement).toEqual({ count: 500, medianHours: 0.09, p90Hours: 0.15 })
    // Decisions: 63+63+63+62+62 = 313 decided, taking 1..313 hours; median 157; rank ceil(281.7) = 282.
    expect(report.times.receiptToDecision).toEqual({ count: 313, medianHours: 157, p90Hours: 282 })
    // Hiding: 216 notices hidden after 1..216 s; median 108.5 s = 0.0301 h; rank ceil(194.4) = 195 s = 0.0542 h.
    expect(report.times.confirmationToHiding).toEqual({ count: 216, medianHours: 0.03, p90Hours: 0.05 })
  })

  it('counts the other half-year on its own, and refuses a malformed period', async () => {
    const h2 = await (await jsonRoute(new Request('http://localhost/transparency/report.json?period=2026-H2'))).json()
    expect(h2.notices).toBe(20)
    expect(h2.outcomes.removed).toBe(20)
    expect(h2.unconfirmed).toBe(10)
    expect((await jsonRoute(new Request('http://localhost/transparency/report.json?period=2026-Q3'))).status).toBe(400)
  })

  it('gives the same figures as CSV', async () => {
    const res = await csvRoute(new Request('http://localhost/transparency/report.csv?period=2026-H1'))
    expect(res.headers.get('content-type')).toContain('text/csv')
    const csv = await res.text()
    const lines = csv.trim().split('\n')
    expect(lines[0]).toBe('section,key,value')
    expect(lines).toContain('notices,total,500')
    expect(lines).toContain('basis,copyright,72')
    expect(lines).toContain('completeness,incomplete,100')
    expect(lines).toContain('outcome,pending,62')
    expect(lines).toContain('time_receiptToDecision,median_hours,157')
    expect(lines).toContain('automated,hidden_on_confirmation,216')
    expect(lines).toContain('automated,decisions,0')
    expect(lines).toContain('unconfirmed,total,0')
  })
})

describe('staff dashboard figures', () => {
  it('counts open requests, overdue ones, and decisions of the month with their median time', async () => {
    // On 28 Feb 2026 every generated decision (1..313 hours after 1 Feb) lies in February; July's do not yet exist.
    const stats = await staffStats(payload, new Date('2026-02-28T12:00:00Z'))
    expect(stats).toMatchObject({ open: 62 + 10, decidedThisMonth: 313, medianHoursToDecision: 157 })
    // The generated requests carry no deadline, so none is overdue until one is given a past one.
    expect(stats.overdue).toBe(0)
    await payload.db.updateOne({
      collection: 'contact-requests',
      where: { status: { equals: 'in_review' } },
      data: { dueAt: '2026-02-20T00:00:00.000Z' },
    })
    expect((await staffStats(payload, new Date('2026-02-28T12:00:00Z'))).overdue).toBe(1)
  })
})
