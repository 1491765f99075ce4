// Issue 15 §4: the transparency report tells the truth about what happened, worked through the
// real workflow (public filing, emailed confirmation, staff decisions, the closing job):
// five removals each later reinstated still count as five removals (first actions), hides by
// rule on confirmation and automatic closures are reported as automated, decisions are split by
// ground, and notices never confirmed are counted as received but not acted on.
import { describe, expect, it } from 'vitest'

import { runTakedownQueue } from '../../src/takedown/queueRunner'
import { periodOf, transparencyReport, parsePeriod } from '../../src/takedown/transparency'
import { rest } from '../helpers/rest'
import { confirmationTokenIn, submitPublicly, takedownSuiteForFile, validNotice } from '../helpers/takedown'

const { mailbox, payload, staffToken } = await takedownSuiteForFile()

const statement = (ground: 'law' | 'terms' | 'not_established', facts: string) => ({
  scope: 'The page named in the notice.',
  facts,
  ground,
  ...(ground === 'not_established' ? {} : { groundDetail: ground === 'law' ? 'Copyright Law art. 10' : 'Terms §4' }),
})

async function file(url: string, overrides: Record<string, unknown> = {}, confirm = true): Promise<number> {
  const email = `truth-${Math.random().toString(36).slice(2)}@example.test`
  const res = await submitPublicly(validNotice(url, { email, ...overrides }))
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  if (confirm) {
    const mail = await mailbox.waitFor((m) => m.to.includes(email))
    const confirmed = await rest('POST', 'contact-requests/confirm', { body: { token: confirmationTokenIn(mail) } })
    expect(confirmed.status).toBe(200)
  }
  return res.body.doc.id
}

async function move(id: number, body: Record<string, unknown>) {
  const res = await rest('PATCH', `contact-requests/${id}`, { token: staffToken, body })
  expect(res.status, JSON.stringify(res.body)).toBe(200)
}

describe('the report counts what happened, not only where each notice stands now', () => {
  it('reports first actions, grounds, automated measures and unconfirmed notices against hand-worked figures', async () => {
    // Five copyright notices: hidden by rule on confirmation, removed by staff, then reinstated.
    for (let i = 0; i < 5; i++) {
      const id = await file('/editions/2018')
      await move(id, { status: 'in_review' })
      await move(id, {
        status: 'removed',
        reasons: statement('law', `Removal ${i}: the photograph is the notifier's.`),
      })
      await move(id, {
        status: 'reinstated',
        reasons: statement('not_established', `Reinstatement ${i}: the publisher showed a licence.`),
      })
    }
    // One removal that stands (law), one credit added (terms), both on bases not hidden on confirmation.
    const stands = await file('/editions/2019', { basis: 'trademark', elements: ['text'] })
    await move(stands, { status: 'in_review' })
    await move(stands, { status: 'removed', reasons: statement('law', 'The page uses the registered mark.') })
    const credited = await file('/editions/2020', { basis: 'other', elements: ['text'], requestedAction: 'credit' })
    await move(credited, { status: 'in_review' })
    await move(credited, { status: 'edited', reasons: statement('terms', 'The source was not credited.') })
    // One left unanswered after a request for information, closed by the job.
    const silent = await file('/editions/2021', { basis: 'factual_error', elements: ['text'] })
    await move(silent, { status: 'needs_info', infoRequest: 'Which sentence is wrong?' })
    await payload.db.updateOne({
      collection: 'contact-requests',
      id: silent,
      data: { dueAt: new Date(Date.now() - 60_000).toISOString() },
    })
    await payload.jobs.queue({ task: 'closeUnanswered', input: {}, queue: 'takedown' })
    await runTakedownQueue(payload, 100)
    // Two never confirmed.
    await file('/editions/2022', { basis: 'defamation', elements: ['text'] }, false)
    await file('/editions/2022', { basis: 'defamation', elements: ['text'] }, false)

    const report = await transparencyReport(payload, parsePeriod(periodOf(new Date()))!)
    expect(report.notices).toBe(8)
    // Where each stands now: five reinstated, one removed, one edited, one withdrawn (closed).
    expect(report.outcomes).toMatchObject({ reinstated: 5, removed: 1, edited: 1, withdrawn: 1, pending: 0 })
    // What was first done: six removals, one edit; the reinstatements do not erase the removals.
    expect(report.firstActions).toEqual({ removed: 6, edited: 1, declined: 0, reinstated: 0, abusive: 0 })
    // By the ground of each request's latest statement of reasons.
    expect(report.byGround).toEqual({ law: 1, terms: 1, not_established: 5 })
    // The five copyright notices were hidden by rule before any person acted; the closure was the job's.
    expect(report.automated).toEqual({ hiddenOnConfirmation: 5, closedWithoutAnswer: 1, decisions: 0 })
    expect(report.unconfirmed).toBe(2)
  })
})
