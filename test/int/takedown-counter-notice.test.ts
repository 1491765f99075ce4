import { describe, expect, it } from 'vitest'

import { confirmRemovalNotice } from '../../src/takedown/confirmation'
import { counterNoticeFrom } from '../../src/takedown/counterNoticeInput'
import { decodedBody, subjectOf } from '../helpers/mailbox'
import { rest } from '../helpers/rest'
import {
  confirmationTokenIn,
  freshIp,
  solvedAltcha,
  takedownSuiteForFile,
  submitPublicly,
  validCounterNoticeFields,
  validNotice,
} from '../helpers/takedown'

// A counter-notice end to end: content removed on a notice, the affected party contests it
// through the form's server path, staff see it on the notice and reinstate; the notifier is
// told before the content comes back.

const { mailbox, payload, staffToken, staffEmail } = await takedownSuiteForFile()

const reasons = (facts: string) => ({
  scope: 'The 2021 edition page.',
  facts,
  ground: 'law',
  groundDetail: 'Copyright Law art. 10',
})

async function publiclyVisible(year: number) {
  return (await rest('GET', `editions?where[year][equals]=${year}`)).body.totalDocs === 1
}

/** The form as a browser without JavaScript posts it: the no-script question answered. */
async function counterNoticeForm(fields: Record<string, string>) {
  const form = new FormData()
  for (const [k, v] of Object.entries(fields)) form.set(k, v)
  form.set('altcha', await solvedAltcha())
  return counterNoticeFrom(form)
}

/** The form's server path; imported late, since it loads the config, after SMTP_* are set. */
async function fileCounterNotice(data: Record<string, unknown>, ip: string) {
  const { fileCounterNotice: file } = await import('../../src/takedown/submit')
  return file(data, ip)
}

describe('counter-notice', () => {
  let noticeId: number
  let reference: string
  const notifier = `notifier-${Date.now()}@example.test`

  it('is refused for a reference that took nothing down', async () => {
    const res = await submitPublicly(validNotice('/editions/2021', { email: notifier }))
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    noticeId = res.body.doc.id
    reference = res.body.doc.reference
    const fields = validCounterNoticeFields(reference)
    const early = await fileCounterNotice(await counterNoticeForm(fields), freshIp())
    expect(early.ok).toBe(false)
    expect(JSON.stringify(early)).toContain('no removed, changed or hidden content under this reference')
    expect((await payload.count({ collection: 'counter-notices', overrideAccess: true })).totalDocs).toBe(0)
  })

  it('needs the anti-robot check; is filed against removed content, shown to staff on the notice, and staff are told', async () => {
    const mail = await mailbox.waitFor((m) => m.to.includes(notifier))
    await confirmRemovalNotice(payload, confirmationTokenIn(mail))
    await rest('PATCH', `contact-requests/${noticeId}`, { token: staffToken, body: { status: 'in_review' } })
    expect(
      (
        await rest('PATCH', `contact-requests/${noticeId}`, {
          token: staffToken,
          body: {
            status: 'removed',
            reasons: reasons('The notifier showed the original photograph file with metadata.'),
          },
        })
      ).status,
    ).toBe(200)
    expect(await publiclyVisible(2021)).toBe(false)

    // Same anti-abuse as the other forms: without the solved challenge, even a good reference is refused.
    const { altcha: _ignored, ...withoutChallenge } = await counterNoticeForm(
      validCounterNoticeFields(reference, { name: 'Bot', email: 'bot@example.test' }),
    )
    const robot = await fileCounterNotice(withoutChallenge, freshIp())
    expect(robot.ok).toBe(false)
    expect(JSON.stringify(robot)).toMatch(/challenge|robot|question/i)
    expect((await payload.count({ collection: 'counter-notices', overrideAccess: true })).totalDocs).toBe(0)

    const filed = await fileCounterNotice(
      await counterNoticeForm(validCounterNoticeFields(reference.toLowerCase())),
      freshIp(),
    )
    expect(filed, JSON.stringify(filed)).toMatchObject({ ok: true, reference })
    const seen = await rest('GET', `contact-requests/${noticeId}?joins[counterNotices][limit]=5`, { token: staffToken })
    expect(seen.body.counterNotices.docs).toHaveLength(1)
    const staffMail = await mailbox.waitFor(
      (m) => m.to.includes(staffEmail) && subjectOf(m) === `Counter-notice received on ${reference}`,
    )
    expect(decodedBody(staffMail)).toContain(`/admin/collections/contact-requests/${noticeId}`)
    // The restoration clock started: the notifier has a copy and the date (see
    // takedown-restoration-clock.test.ts); wait for it so the next test counts only its own mail.
    await mailbox.waitFor(
      (m) => m.to.includes(notifier) && subjectOf(m).startsWith(`Counter-notice on your notice ${reference}`),
    )
    // Counter-notices hold personal data: not readable by the public.
    expect((await rest('GET', 'counter-notices')).status).toBe(403)
  })

  it('lets staff reinstate; the notifier is told before the decision, and the content is back', async () => {
    const before = mailbox.messages.length
    const res = await rest('PATCH', `contact-requests/${noticeId}`, {
      token: staffToken,
      body: {
        status: 'reinstated',
        reasons: reasons('The counter-notice showed a licence to the organisers, signed in 2021.'),
      },
    })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    await mailbox.waitFor(
      (m) =>
        m.to.includes(notifier) && subjectOf(m).startsWith(`Decision on your removal notice ${reference}: Reinstated`),
    )
    const toNotifier = mailbox.messages
      .slice(before)
      .filter((m) => m.to.includes(notifier))
      .map(subjectOf)
    expect(toNotifier[0]).toBe(`Content concerned by your notice ${reference} has been reinstated`)
    expect(await publiclyVisible(2021)).toBe(true)
    const trail = await payload.find({
      collection: 'takedown-audit',
      where: { request: { equals: noticeId } },
      sort: 'id',
      limit: 50,
      overrideAccess: true,
    })
    expect(trail.docs.map((d) => d.actorLabel)).toContain('affected party (counter-notice)')
  })
})

describe('counter-notice while the content is hidden pending review (issue 15 §1)', () => {
  it('is taken before any decision when the notice hid the content on confirmation', async () => {
    const email = `pending-${Date.now()}@example.test`
    const res = await submitPublicly(validNotice('/editions/2022', { email }))
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    await confirmRemovalNotice(payload, confirmationTokenIn(await mailbox.waitFor((m) => m.to.includes(email))))
    const notice = await payload.findByID({ collection: 'contact-requests', id: res.body.doc.id, overrideAccess: true })
    expect(notice.status).toBe('received')
    expect(notice.hiddenAt).toBeTruthy() // copyright: hidden on confirmation
    const filed = await fileCounterNotice(
      await counterNoticeForm(
        validCounterNoticeFields(notice.reference!, {
          name: 'Wu Fei',
          email: 'wu.fei@example.test',
          statement: 'The photographs on this page were taken by our own staff photographer in 2022.',
        }),
      ),
      freshIp(),
    )
    expect(filed, JSON.stringify(filed)).toMatchObject({ ok: true })
    const after = await payload.findByID({ collection: 'contact-requests', id: notice.id, overrideAccess: true })
    expect(after.status).toBe('counter_noticed')
    expect(after.restoreAt).toBeTruthy()
  })
})
