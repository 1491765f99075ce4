import { describe, expect, it, vi } from 'vitest'

import { businessDeadline } from '../../src/takedown/businessDays'
import { confirmRemovalNotice } from '../../src/takedown/confirmation'
import { runTakedownJob, runTakedownQueue } from '../../src/takedown/queueRunner'
import { decodedBody, type ReceivedMail, subjectOf } from '../helpers/mailbox'
import { createUser } from '../helpers/payload'
import { login, rest } from '../helpers/rest'
import { confirmationTokenIn, takedownSuiteForFile, submitPublicly, validNotice } from '../helpers/takedown'

// The follow-through of a notice: deadlines in business days, the emails each step sends (in the
// notifier's language, through the jobs queue, retried when the mail server refuses), and the
// scheduled jobs that close unanswered requests and tell staff what is overdue.

const { mailbox, payload, staffToken, staffEmail } = await takedownSuiteForFile()

const reasons = {
  scope: 'The photograph in the edition page, nothing else.',
  facts: 'The notifier showed the original file with its camera metadata from 2018.',
  ground: 'law',
  groundDetail: 'Copyright Law of the PRC art. 10',
}

const mailTo = (address: string, subject: RegExp) => (m: ReceivedMail) =>
  m.to.includes(address) && subject.test(subjectOf(m))

async function fileAndConfirm(url: string, overrides: Record<string, unknown> = {}) {
  const email = `n-${Math.random().toString(36).slice(2)}@example.test`
  const res = await submitPublicly(validNotice(url, { email, ...overrides }))
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  const mail = await mailbox.waitFor((m) => m.to.includes(email))
  expect(await confirmRemovalNotice(payload, confirmationTokenIn(mail))).toMatchObject({ ok: true })
  const doc = await payload.findByID({ collection: 'contact-requests', id: res.body.doc.id, overrideAccess: true })
  return { id: doc.id, email, doc }
}

/** Runs what the server's cron would: scheduled tasks, then the queue (retries included). */
async function runQueue() {
  await runTakedownQueue(payload, 100)
}

describe('deadlines in business days', () => {
  it('sets triage and decision deadlines from the settings at receipt, shorter when the content is hidden', async () => {
    const hidden = await fileAndConfirm('/editions/2018') // copyright: hidden pending review
    const visible = await fileAndConfirm('/editions/2019', { basis: 'factual_error' })
    const tz = 'Asia/Shanghai'
    for (const [{ doc }, days] of [
      [hidden, 2],
      [visible, 5],
    ] as const) {
      expect(doc.decisionDueAt).toBe(businessDeadline(doc.confirmedAt!, days, tz).toISOString())
      expect(doc.dueAt).toBe(businessDeadline(doc.confirmedAt!, 1, tz).toISOString())
    }
    // Into review, the request shows the decision deadline fixed at receipt.
    const moved = await rest('PATCH', `contact-requests/${visible.id}`, {
      token: staffToken,
      body: { status: 'in_review' },
    })
    expect(moved.body.doc.dueAt).toBe(visible.doc.decisionDueAt)
  })

  it('follows the settings: another time zone and other day counts', async () => {
    await payload.updateGlobal({
      slug: 'takedown-settings',
      data: { timeZone: 'America/New_York', triageBusinessDays: 3, decisionBusinessDays: 10 },
      overrideAccess: true,
    })
    try {
      const { doc } = await fileAndConfirm('/editions/2020', { basis: 'trademark' })
      expect(doc.decisionDueAt).toBe(businessDeadline(doc.confirmedAt!, 10, 'America/New_York').toISOString())
      expect(doc.dueAt).toBe(businessDeadline(doc.confirmedAt!, 3, 'America/New_York').toISOString())
    } finally {
      await payload.updateGlobal({
        slug: 'takedown-settings',
        data: { timeZone: 'Asia/Shanghai', triageBusinessDays: 1, decisionBusinessDays: 5 },
        overrideAccess: true,
      })
    }
    const bad = await rest('POST', 'globals/takedown-settings', {
      token: await login((await createUser(payload, ['admin'])).email, 'correct-horse-battery-staple'),
      body: { timeZone: 'Mars/Olympus' },
    })
    expect(bad.status).toBe(400)
  })

  it('skips the public holidays in the settings and counts a declared working weekend day', async () => {
    // The next five local days, whatever today is: holidays on the weekdays, Saturday worked.
    const local = (offset: number) =>
      new Date(Date.now() + offset * 86_400_000).toLocaleDateString('en-CA', { timeZone: 'Asia/Shanghai' })
    const days = [1, 2, 3, 4, 5].map(local)
    const weekday = (date: string) => new Date(`${date}T12:00:00Z`).getUTCDay()
    const holidays = days.filter((d) => weekday(d) >= 1 && weekday(d) <= 5)
    const workingWeekendDays = days.filter((d) => weekday(d) === 6)
    const bad = await payload
      .updateGlobal({
        slug: 'takedown-settings',
        data: { holidays: '2026-10-01\n2026-13-01' } as never,
        overrideAccess: true,
      })
      .catch((err) => err)
    expect(String(bad?.data?.errors?.[0]?.message ?? bad)).toMatch(/Line 2 \("2026-13-01"\) is not a date/)
    await payload.updateGlobal({
      slug: 'takedown-settings',
      data: {
        holidays: `# test holidays\n${holidays.join('\n')}`,
        workingWeekendDays: workingWeekendDays.join('\n'),
      } as never,
      overrideAccess: true,
    })
    try {
      const { doc } = await fileAndConfirm('/editions/2022', { basis: 'trademark' })
      const calendar = { holidays, workingWeekendDays }
      expect(doc.decisionDueAt).toBe(businessDeadline(doc.confirmedAt!, 5, 'Asia/Shanghai', calendar).toISOString())
      expect(doc.decisionDueAt).not.toBe(businessDeadline(doc.confirmedAt!, 5, 'Asia/Shanghai').toISOString())
    } finally {
      await payload.updateGlobal({
        slug: 'takedown-settings',
        data: { holidays: '', workingWeekendDays: '' } as never,
        overrideAccess: true,
      })
    }
  })

  it('lists overdue open requests first', async () => {
    const { id } = await fileAndConfirm('/editions/2021', { basis: 'other' })
    await payload.db.updateOne({ collection: 'contact-requests', id, data: { dueAt: '2020-01-01T00:00:00.000Z' } })
    const list = await rest('GET', 'contact-requests?limit=5', { token: staffToken })
    expect(list.body.docs[0].id).toBe(id)
  })
})

describe('emails to the notifier, in their language', () => {
  it('after confirmation: a receipt with a copy of the notice, next steps and the privacy notice; content-hidden notice; staff told', async () => {
    const { email, doc } = await fileAndConfirm('/editions/2022')
    const receipt = decodedBody(await mailbox.waitFor(mailTo(email, /^Receipt of your removal notice/)))
    expect(receipt).toContain('--- Your notice as we received it ---')
    expect(receipt).toContain('The photograph on this page is mine')
    expect(receipt).toContain('What happens next')
    expect(receipt).toContain('anonymised 12 months after the request is closed')
    const hidden = decodedBody(await mailbox.waitFor(mailTo(email, /^Content hidden while we review/)))
    expect(hidden).toContain('/editions/2022')
    const staff = await mailbox.waitFor((m) => m.to.includes(staffEmail) && subjectOf(m).includes(doc.reference!))
    expect(subjectOf(staff)).toBe(`New confirmed removal notice ${doc.reference} (Copyright)`)
    expect(decodedBody(staff)).toContain(`/admin/collections/contact-requests/${doc.id}`)
    // The report's times come from these: acknowledged when the receipt went out, hidden at confirmation.
    let after = await payload.findByID({ collection: 'contact-requests', id: doc.id, overrideAccess: true })
    for (let i = 0; i < 100 && !after.acknowledgedAt; i++) {
      await new Promise((r) => setTimeout(r, 50))
      if (i % 20 === 19) await runTakedownQueue(payload, 20)
      after = await payload.findByID({ collection: 'contact-requests', id: doc.id, overrideAccess: true })
    }
    expect(new Date(after.acknowledgedAt!).getTime()).toBeGreaterThanOrEqual(new Date(after.confirmedAt!).getTime())
    expect(after.hiddenAt).toBe(after.confirmedAt)
  })

  it('in Simplified Chinese for a notifier who wrote in Chinese: confirmation, receipt, decision with 6 months to contest', async () => {
    const { id, email, doc } = await fileAndConfirm('/editions/2018', { language: 'zh', basis: 'personal_data' })
    const confirm = await mailbox.waitFor(mailTo(email, /^请确认您的删除通知/))
    expect(decodedBody(confirm)).toContain('该链接在 48 小时内有效')
    const receipt = decodedBody(await mailbox.waitFor(mailTo(email, /^删除通知回执/)))
    expect(receipt).toContain('依据：个人信息')
    expect(receipt).toContain('隐私说明')
    await rest('PATCH', `contact-requests/${id}`, { token: staffToken, body: { status: 'in_review' } })
    const decided = await rest('PATCH', `contact-requests/${id}`, {
      token: staffToken,
      body: { status: 'removed', reasons },
    })
    expect(decided.status, JSON.stringify(decided.body)).toBe(200)
    const decision = await mailbox.waitFor(
      mailTo(email, new RegExp(`^关于您的删除通知 ${doc.reference} 的决定：已删除`)),
    )
    const text = decodedBody(decision)
    expect(text).toContain('措施：本站已停止展示该内容')
    expect(text).toContain('6 个月内')
    expect(text).toContain('未使用任何自动化手段')
  })

  it('asks for missing information in the notifier’s words from staff, only with that text', async () => {
    const { id, email } = await fileAndConfirm('/editions/2019', { basis: 'other' })
    const refused = await rest('PATCH', `contact-requests/${id}`, { token: staffToken, body: { status: 'needs_info' } })
    expect(refused.status).toBe(400)
    expect(JSON.stringify(refused.body)).toContain('infoRequest')
    const asked = await rest('PATCH', `contact-requests/${id}`, {
      token: staffToken,
      body: { status: 'needs_info', infoRequest: 'Please send a link to where you first published the photograph.' },
    })
    expect(asked.status, JSON.stringify(asked.body)).toBe(200)
    const mail = decodedBody(await mailbox.waitFor(mailTo(email, /^We need more information/)))
    expect(mail).toContain('Please send a link to where you first published the photograph.')
    expect(mail).toContain('closed as withdrawn')
    const stored = await payload.findByID({ collection: 'contact-requests', id, overrideAccess: true })
    expect(new Date(stored.dueAt!).getTime() - new Date(stored.infoRequestedAt!).getTime()).toBe(14 * 24 * 3600_000)
  })

  it('decision in English states the reasons and the 6 months to contest', async () => {
    const { id, email, doc } = await fileAndConfirm('/editions/2021')
    await rest('PATCH', `contact-requests/${id}`, { token: staffToken, body: { status: 'in_review' } })
    await rest('PATCH', `contact-requests/${id}`, { token: staffToken, body: { status: 'removed', reasons } })
    const text = decodedBody(
      await mailbox.waitFor(mailTo(email, new RegExp(`^Decision on your removal notice ${doc.reference}: Removed`))),
    )
    expect(text).toContain('Measure: Access to the content disabled on this site')
    expect(text).toContain('Facts and circumstances relied on: The notifier showed the original file')
    expect(text).toContain('within 6 months')
  })
})

describe('the other side of a notice', () => {
  it('invites the source of removed material, in their language, to file a counter-notice; nobody when unknown', async () => {
    const author = `author-${Math.random().toString(36).slice(2)}@example.test`
    const { id, doc } = await fileAndConfirm('/editions/2022')
    await rest('PATCH', `contact-requests/${id}`, {
      token: staffToken,
      body: { status: 'in_review', affectedParty: { name: '王芳', email: author, language: 'zh' } },
    })
    await rest('PATCH', `contact-requests/${id}`, { token: staffToken, body: { status: 'removed', reasons } })
    const text = decodedBody(await mailbox.waitFor(mailTo(author, /反通知/)))
    expect(text).toContain('王芳，您好')
    expect(text).toContain(`/counter-notice?ref=${doc.reference}`)
    expect(text).toContain('所依据的事实和情况：The notifier showed the original file')
    // DSA 17(3)(a): where and for how long; the notice itself, its sender withheld (条例 15).
    expect(text).toContain('地域范围：全球')
    expect(text).toContain('期限：至内容恢复时止')
    expect(text).toContain('通知内容（已隐去通知人的姓名和联系方式）')
    expect(text).not.toContain(doc.email)
    expect(text).toContain('6 个月内')

    // Content hidden pending review is a measure too: its source is told once staff know them.
    // A notice then declined took nothing down for good: nothing to contest, no invitation.
    const other = `author-${Math.random().toString(36).slice(2)}@example.test`
    const second = await fileAndConfirm('/editions/2020')
    await rest('PATCH', `contact-requests/${second.id}`, {
      token: staffToken,
      body: { status: 'in_review', affectedParty: { email: other } },
    })
    const declined = await rest('PATCH', `contact-requests/${second.id}`, {
      token: staffToken,
      body: { status: 'declined', reasons: { ...reasons, ground: 'not_established' } },
    })
    expect(declined.status, JSON.stringify(declined.body)).toBe(200)
    await mailbox.waitFor(mailTo(second.email, /^Decision on your removal notice/))
    await runQueue()
    expect(mailbox.messages.filter((m) => m.to.includes(other)).map(subjectOf)).toEqual([
      `Material you published is hidden on Expo Archive while we review a notice (${second.doc.reference})`,
    ])
  })
})

describe('the source told of every measure (issue 15 §2)', () => {
  it('tells the source of content hidden on confirmation, with the notice redacted and a full statement of reasons', async () => {
    const source = `source-${Math.random().toString(36).slice(2)}@example.test`
    const { id, email, doc } = await fileAndConfirm('/editions/2019', { phone: '+86 23 6555 0101' })
    // Staff learn who published it and fill it in: the source is told at once.
    await rest('PATCH', `contact-requests/${id}`, {
      token: staffToken,
      body: { affectedParty: { name: 'Liu Yang', email: source, language: 'en' } },
    })
    const hidden = await mailbox.waitFor(mailTo(source, /is hidden on Expo Archive while we review a notice/))
    const text = decodedBody(hidden)
    expect(text).toContain('Dear Liu Yang,')
    expect(text).toContain('/editions/2019')
    expect(text).toContain('Territorial scope: worldwide')
    expect(text).toMatch(/Duration: until our decision, due by/)
    expect(text).toMatch(/Decided by: automated means/)
    expect(text).toContain(`Explanation: ${doc.explanation}`)
    expect(text).toContain(`/counter-notice?ref=${doc.reference}`)
    // The notice's sender stays anonymous to the other side.
    for (const personal of [email, doc.name, '+86 23 6555 0101', doc.signature]) expect(text).not.toContain(personal)

    // The decision to remove: a counter-notice invitation with the decision's statement, once.
    await rest('PATCH', `contact-requests/${id}`, { token: staffToken, body: { status: 'in_review' } })
    await rest('PATCH', `contact-requests/${id}`, { token: staffToken, body: { status: 'removed', reasons } })
    const invitation = decodedBody(await mailbox.waitFor(mailTo(source, /you can answer/)))
    expect(invitation).toContain('Measure: Access to the content disabled on this site')
    expect(invitation).toMatch(/Duration: until the content is reinstated/)
    expect(invitation).toContain('Decided by: a member of our staff; no automated means were used.')
    await runQueue()
    expect(mailbox.messages.filter((m) => m.to.includes(source))).toHaveLength(2)
  })

  it('tells a source filled in only after the decision, and says the measure was automatic to the notifier', async () => {
    const source = `late-${Math.random().toString(36).slice(2)}@example.test`
    const { id, email } = await fileAndConfirm('/editions/2018')
    const hiddenToNotifier = decodedBody(await mailbox.waitFor(mailTo(email, /^Content hidden while we review/)))
    expect(hiddenToNotifier).toMatch(/it was automatic/)
    await rest('PATCH', `contact-requests/${id}`, { token: staffToken, body: { status: 'in_review' } })
    await rest('PATCH', `contact-requests/${id}`, { token: staffToken, body: { status: 'removed', reasons } })
    await rest('PATCH', `contact-requests/${id}`, {
      token: staffToken,
      body: { affectedParty: { name: 'Late Source', email: source } },
    })
    await mailbox.waitFor(mailTo(source, /you can answer/))
  })
})

describe('the queue: retries, and nothing blocks a request', () => {
  it('saves the request when the mail server refuses, and delivers on the retry', async () => {
    mailbox.refuseNext(1)
    const refusedBefore = mailbox.refused()
    const email = `retry-${Date.now()}@example.test`
    const res = await submitPublicly(validNotice('/editions/2020', { email }))
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    // The first attempt is refused; the job records the error and waits to be retried.
    const deadline = Date.now() + 5_000
    let job: Record<string, any> | undefined
    while (Date.now() < deadline) {
      const { docs } = await payload.find({
        collection: 'payload-jobs',
        where: { 'input.requestId': { equals: res.body.doc.id } },
        overrideAccess: true,
      })
      job = docs[0] as Record<string, any> | undefined
      if (job?.totalTried >= 1) break
      await new Promise((r) => setTimeout(r, 50))
    }
    expect(mailbox.refused()).toBe(refusedBefore + 1)
    expect(job?.totalTried).toBe(1)
    expect(job?.hasError).toBe(false)
    expect(job?.completedAt ?? null).toBeNull()
    expect(mailbox.messages.some((m) => m.to.includes(email))).toBe(false)
    expect(
      (await payload.findByID({ collection: 'contact-requests', id: res.body.doc.id, overrideAccess: true })).status,
    ).toBe('unconfirmed')
    // The real backoff (sendTakedownMail: exponential from 30 s) holds the retry back: a queue
    // run now sends nothing.
    const waitMs = new Date(job!.waitUntil).getTime() - Date.now()
    expect(waitMs).toBeGreaterThan(20_000)
    expect(waitMs).toBeLessThanOrEqual(30_000)
    await runQueue()
    expect(mailbox.messages.some((m) => m.to.includes(email))).toBe(false)
    // 31 s later (the clock moved on rather than waited for), the queue retries and delivers.
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 31_000 })
    try {
      await runQueue()
    } finally {
      vi.useRealTimers()
    }
    const mail = await mailbox.waitFor((m) => m.to.includes(email))
    expect(await confirmRemovalNotice(payload, confirmationTokenIn(mail))).toMatchObject({
      ok: true,
      alreadyConfirmed: false,
    })
  })

  it('sends each message once when the cron and the immediate runs start together', async () => {
    const emails = Array.from({ length: 4 }, (_, i) => `once-${i}-${Math.random().toString(36).slice(2)}@example.test`)
    // Stored and queued without the hooks, so that only the runners below can take the jobs.
    const ids: number[] = []
    for (const [i, email] of emails.entries()) {
      const doc = await payload.db.create({
        collection: 'contact-requests',
        data: {
          kind: 'enquiry',
          status: 'received',
          reference: `E-ONCE-${Date.now()}-${i}`,
          name: 'Once',
          email,
          subject: 'Programme',
          message: 'Is the 2021 programme online?',
        },
      })
      ids.push(doc.id as number)
    }
    const jobs = await Promise.all(
      ids.map((requestId) =>
        payload.jobs.queue({
          task: 'sendTakedownMail',
          input: { requestId, message: 'enquiryReceipt' },
          queue: 'takedown',
        }),
      ),
    )
    await Promise.all([
      runQueue(),
      ...jobs.flatMap((job) => [runTakedownJob(payload, job.id), runTakedownJob(payload, job.id)]),
      runQueue(),
    ])
    for (const email of emails) await mailbox.waitFor((m) => m.to.includes(email) && /received/i.test(subjectOf(m)))
    await new Promise((r) => setTimeout(r, 300))
    for (const email of emails) {
      expect(
        mailbox.messages.filter((m) => m.to.includes(email) && /received/i.test(subjectOf(m))),
        email,
      ).toHaveLength(1)
    }
  })

  it('keeps the time the receipt went out when staff save the request at that moment', async () => {
    const { id } = await fileAndConfirm('/editions/2021', { basis: 'defamation' })
    await payload.db.updateOne({ collection: 'contact-requests', id, data: { acknowledgedAt: null } })
    const sentAt = new Date().toISOString()
    // The staff update reads the request; the receipt job records its time right after that read.
    const findOne = payload.db.findOne
    let interleaved = false
    payload.db.findOne = (async (args: Parameters<typeof findOne>[0]) => {
      const doc = await findOne.call(payload.db, args)
      if (!interleaved && args.collection === 'contact-requests') {
        interleaved = true
        await payload.db.updateOne({ collection: 'contact-requests', id, data: { acknowledgedAt: sentAt } })
      }
      return doc
    }) as typeof findOne
    try {
      const saved = await rest('PATCH', `contact-requests/${id}`, {
        token: staffToken,
        body: { staffNotes: 'Looked at the page.' },
      })
      expect(saved.status, JSON.stringify(saved.body)).toBe(200)
    } finally {
      payload.db.findOne = findOne
    }
    expect(interleaved).toBe(true)
    const after = await payload.findByID({ collection: 'contact-requests', id, overrideAccess: true })
    expect(after.staffNotes).toBe('Looked at the page.')
    expect(after.acknowledgedAt).toBe(sentAt)
  })
})

describe('scheduled jobs', () => {
  it('closes a needs_info request 14 days after asking, with an audit line, and restores hidden content', async () => {
    const org = (await payload.find({ collection: 'organizations', sort: 'slug', limit: 1, overrideAccess: true }))
      .docs[0]
    const { id } = await fileAndConfirm(`/organizations/${org.slug}`) // copyright: hidden pending review
    expect(
      (await payload.findByID({ collection: 'organizations', id: org.id, overrideAccess: true })).takedown?.hidden,
    ).toBe(true)
    await rest('PATCH', `contact-requests/${id}`, {
      token: staffToken,
      body: { status: 'needs_info', infoRequest: 'Which photograph on the page is yours?' },
    })
    const fresh = await fileAndConfirm('/editions/2018', { basis: 'other' })
    await rest('PATCH', `contact-requests/${fresh.id}`, {
      token: staffToken,
      body: { status: 'needs_info', infoRequest: 'Which text on the page is wrong?' },
    })
    await runQueue()
    expect((await payload.findByID({ collection: 'contact-requests', id, overrideAccess: true })).status).toBe(
      'needs_info',
    )
    // 14 days pass without a reply (the deadline is moved back instead of the clock forward).
    await payload.db.updateOne({
      collection: 'contact-requests',
      id,
      data: { dueAt: new Date(Date.now() - 60_000).toISOString() },
    })
    await payload.jobs.queue({ task: 'closeUnanswered', input: {}, queue: 'takedown' })
    await runQueue()
    const closed = await payload.findByID({ collection: 'contact-requests', id, overrideAccess: true })
    expect(closed.status).toBe('withdrawn')
    expect(closed.closedAt).toBeTruthy()
    expect(
      (await payload.findByID({ collection: 'contact-requests', id: fresh.id, overrideAccess: true })).status,
    ).toBe('needs_info')
    const trail = await payload.find({
      collection: 'takedown-audit',
      where: { request: { equals: id } },
      sort: '-id',
      limit: 1,
      overrideAccess: true,
    })
    expect(trail.docs[0]).toMatchObject({
      fromStatus: 'needs_info',
      toStatus: 'withdrawn',
      actorLabel: 'server (no reply to the request for information)',
    })
    expect(
      (await payload.findByID({ collection: 'organizations', id: org.id, overrideAccess: true })).takedown?.hidden,
    ).toBe(false)
  })

  it('sends staff a digest listing each overdue request and none that is on time', async () => {
    const late = await fileAndConfirm('/editions/2019', { basis: 'defamation' })
    const onTime = await fileAndConfirm('/editions/2020', { basis: 'defamation' })
    await payload.db.updateOne({
      collection: 'contact-requests',
      id: late.id,
      data: { dueAt: new Date(Date.now() - 3_600_000).toISOString() },
    })
    const before = mailbox.messages.length
    await payload.jobs.queue({ task: 'overdueDigest', input: {}, queue: 'takedown' })
    await runQueue()
    const digest = await mailbox.waitFor(
      (m) => mailbox.messages.indexOf(m) >= before && /^Takedown: \d+ overdue request/.test(subjectOf(m)),
    )
    expect(digest.to).toContain(staffEmail)
    const text = decodedBody(digest)
    expect(text).toContain(late.doc.reference!)
    expect(text).not.toContain(onTime.doc.reference!)
  })
})
