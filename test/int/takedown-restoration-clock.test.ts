import { createLocalReq } from 'payload'
import { describe, expect, it } from 'vitest'

import { businessDeadline } from '../../src/takedown/businessDays'
import { confirmRemovalNotice } from '../../src/takedown/confirmation'
import { counterNoticeFrom } from '../../src/takedown/counterNoticeInput'
import { loadTakedownSettings } from '../../src/takedown/policy'
import { runTakedownQueue } from '../../src/takedown/queueRunner'
import { validEdition } from '../helpers/fixtures'
import { decodedBody, subjectOf } from '../helpers/mailbox'
import { rest } from '../helpers/rest'
import {
  confirmationTokenIn,
  freshIp,
  solvedAltcha,
  submitPublicly,
  takedownSuiteForFile,
  validCounterNoticeFields,
  validNotice,
} from '../helpers/takedown'

// Issue 15 §1: a counter-notice against hidden content starts the restoration clock (DMCA
// 512(g), 条例 16–17, Civil Code 1196). The notifier gets a copy and the date at once; the content
// stays down until that date, then comes back by itself unless staff recorded a court action or
// complaint; staff may also restore at once.

const { mailbox, payload, staffToken } = await takedownSuiteForFile()
const DAY_MS = 24 * 3600_000
let year = 2170

const reasons = (facts: string) => ({
  scope: 'The edition page named in the notice.',
  facts,
  ground: 'law',
  groundDetail: 'Copyright Law art. 10',
})

async function publiclyVisible(y: number) {
  return (await rest('GET', `editions?where[year][equals]=${y}`)).body.totalDocs === 1
}

async function fileCounterNotice(fields: Record<string, string>) {
  const form = new FormData()
  for (const [k, v] of Object.entries(fields)) form.set(k, v)
  form.set('altcha', await solvedAltcha())
  const { fileCounterNotice: file } = await import('../../src/takedown/submit')
  return file(counterNoticeFrom(form), freshIp())
}

/** A published edition and a confirmed copyright notice that removed it (by staff decision). */
async function removedByNotice(overrides: Record<string, unknown> = {}, decide = true) {
  const y = ++year
  await payload.create({ collection: 'editions', data: { ...validEdition(y), _status: 'published' } })
  const email = `clock-${y}@example.test`
  const res = await submitPublicly(validNotice(`/editions/${y}`, { email, ...overrides }))
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  const id: number = res.body.doc.id
  await confirmRemovalNotice(payload, confirmationTokenIn(await mailbox.waitFor((m) => m.to.includes(email))))
  if (decide) {
    await rest('PATCH', `contact-requests/${id}`, { token: staffToken, body: { status: 'in_review' } })
    const removed = await rest('PATCH', `contact-requests/${id}`, {
      token: staffToken,
      body: { status: 'removed', reasons: reasons('The notifier showed the original file with its metadata.') },
    })
    expect(removed.status, JSON.stringify(removed.body)).toBe(200)
  }
  const notice = await payload.findByID({ collection: 'contact-requests', id, overrideAccess: true })
  expect(await publiclyVisible(y)).toBe(false)
  return { id, year: y, email, reference: notice.reference! }
}

const counterNoticeFields = (reference: string, email: string, extra: Record<string, string> = {}) =>
  validCounterNoticeFields(reference, {
    name: 'Zhao Min',
    email,
    address: '12 Jiefangbei Road, Chongqing',
    phone: '+86 23 6100 0000',
    material: 'The photographs on the edition page.',
    statement: 'I took these photographs myself and licensed them to the organisers; the notice is mistaken.',
    evidence: 'Signed licence of 3 May 2019, attached to my email.',
    ...extra,
  })

async function runRestorations() {
  await payload.jobs.queue({ task: 'restoreAfterCounterNotice', input: {}, queue: 'takedown' })
  await runTakedownQueue(payload)
}

const stored = (id: number) => payload.findByID({ collection: 'contact-requests', id, overrideAccess: true })

describe('a counter-notice against removed content', () => {
  let notice: Awaited<ReturnType<typeof removedByNotice>>
  const filer = 'zhao.min@example.test'

  it('starts the clock: counter_noticed, a restoration date in business days, content still down', async () => {
    notice = await removedByNotice()
    const before = Date.now()
    const filed = await fileCounterNotice(counterNoticeFields(notice.reference, filer))
    expect(filed, JSON.stringify(filed)).toMatchObject({ ok: true })
    const doc = await stored(notice.id)
    expect(doc.status).toBe('counter_noticed')
    const settings = await loadTakedownSettings(await createLocalReq({}, payload))
    const expected = businessDeadline(new Date(before), settings.counterNoticeBusinessDays, settings.timeZone, settings)
    expect(Math.abs(new Date(doc.restoreAt!).getTime() - expected.getTime())).toBeLessThan(60_000)
    // Ten business days are at least two calendar weeks.
    expect(new Date(doc.restoreAt!).getTime() - before).toBeGreaterThan(13 * DAY_MS)
    expect(doc.dueAt).toBe(doc.restoreAt)
    expect(await publiclyVisible(notice.year)).toBe(false)
  })

  it('sends the notifier a copy with the date, and the filer a receipt with the same date', async () => {
    const copy = await mailbox.waitFor(
      (m) =>
        m.to.includes(notice.email) && subjectOf(m).startsWith(`Counter-notice on your notice ${notice.reference}`),
    )
    const body = decodedBody(copy)
    expect(body).toContain('The counter-notice as we received it')
    expect(body).toContain('Zhao Min')
    expect(body).toContain('12 Jiefangbei Road, Chongqing')
    expect(body).toContain('+86 23 6100 0000')
    expect(body).toContain('Signature: Zhao Min')
    expect(body).toContain('under penalty of perjury')
    expect(body).toContain('I took these photographs myself')
    expect(body).toContain('Signed licence of 3 May 2019')
    expect(body).toMatch(/court action, or a complaint before a competent authority/)
    // The filer's email address is not passed on.
    expect(body).not.toContain(filer)
    const receipt = await mailbox.waitFor((m) => m.to.includes(filer))
    expect(subjectOf(receipt)).toBe(`We received your counter-notice on ${notice.reference}`)
    const restoreDay = new Date((await stored(notice.id)).restoreAt!).toLocaleDateString('en-GB', {
      dateStyle: 'long',
      timeZone: 'Asia/Shanghai',
    })
    expect(subjectOf(copy)).toContain(restoreDay)
    expect(decodedBody(receipt)).toContain(restoreDay)
  })

  it('restores the content by itself on that date, as an automated decision, and tells both sides', async () => {
    await runRestorations()
    expect((await stored(notice.id)).status).toBe('counter_noticed') // not yet due

    await payload.db.updateOne({
      collection: 'contact-requests',
      id: notice.id,
      data: { restoreAt: new Date(Date.now() - 1000).toISOString() },
    })
    await runRestorations()
    const doc = await stored(notice.id)
    expect(doc.status).toBe('reinstated')
    expect(doc.reasons?.automated).toBe(true)
    expect(doc.reasons?.ground).toBe('not_established')
    expect(doc.reasons?.facts).toMatch(/counter-notice/)
    expect(doc.decidedBy ?? null).toBeNull()
    expect(doc.firstAction).toBe('removed') // the first decision stays the staff's removal
    expect(await publiclyVisible(notice.year)).toBe(true)

    const back = await mailbox.waitFor(
      (m) => m.to.includes(notice.email) && subjectOf(m).includes('has been reinstated'),
    )
    expect(decodedBody(back)).toMatch(/had not told us of a court action or a complaint by the restoration date/)
    const decision = await mailbox.waitFor(
      (m) => m.to.includes(notice.email) && subjectOf(m).endsWith(`${notice.reference}: Reinstated`),
    )
    expect(decodedBody(decision), decodedBody(decision)).toMatch(/Decided by: our server, on the restoration date/)
    const outcome = await mailbox.waitFor((m) => m.to.includes(filer) && subjectOf(m).includes('back on the site'))
    expect(decodedBody(outcome)).toContain(`/editions/${notice.year}`)

    const trail = await payload.find({
      collection: 'takedown-audit',
      where: { request: { equals: notice.id } },
      sort: 'id',
      limit: 50,
      overrideAccess: true,
    })
    const labels = trail.docs.map((d) => `${d.fromStatus}→${d.toStatus} ${d.actorLabel}`)
    expect(labels).toContain('removed→counter_noticed affected party (counter-notice)')
    expect(labels).toContain('counter_noticed→reinstated server (restoration date reached)')
  })
})

describe('what stops or shortens the clock', () => {
  it('keeps the content removed once staff record a court action or complaint, past the date', async () => {
    const notice = await removedByNotice()
    const filer = 'action.case@example.test'
    expect(await fileCounterNotice(counterNoticeFields(notice.reference, filer))).toMatchObject({ ok: true })
    const facts = reasons('The notifier told us on 5 June of a claim filed at the Chongqing court.')
    const refused = await rest('PATCH', `contact-requests/${notice.id}`, {
      token: staffToken,
      body: { status: 'removed', reasons: facts },
    })
    expect(refused.status).toBe(400)
    expect(JSON.stringify(refused.body)).toMatch(/court action or a complaint/)
    const kept = await rest('PATCH', `contact-requests/${notice.id}`, {
      token: staffToken,
      body: {
        status: 'removed',
        actionFiled:
          'Claim filed at the Chongqing No. 1 Intermediate Court, case (2026) 渝01民初123号, told us on 5 June.',
        reasons: facts,
      },
    })
    expect(kept.status, JSON.stringify(kept.body)).toBe(200)
    const doc = await stored(notice.id)
    expect(doc.status).toBe('removed')
    expect(doc.actionFiledAt).toBeTruthy()

    await payload.db.updateOne({
      collection: 'contact-requests',
      id: notice.id,
      data: { restoreAt: new Date(Date.now() - 1000).toISOString() },
    })
    await runRestorations()
    expect((await stored(notice.id)).status).toBe('removed')
    expect(await publiclyVisible(notice.year)).toBe(false)
    const told = await mailbox.waitFor((m) => m.to.includes(filer) && subjectOf(m).includes('stays removed'))
    expect(decodedBody(told)).toContain('渝01民初123号')
    // With an action on record, a further counter-notice does not restart the clock.
    expect(await fileCounterNotice(counterNoticeFields(notice.reference, 'again@example.test'))).toMatchObject({
      ok: true,
    })
    expect((await stored(notice.id)).status).toBe('removed')
  })

  it('lets staff restore at once (条例 17), and refuses staff moving a request into the clock themselves', async () => {
    const notice = await removedByNotice()
    expect(await fileCounterNotice(counterNoticeFields(notice.reference, 'at.once@example.test'))).toMatchObject({
      ok: true,
    })
    const now = await rest('PATCH', `contact-requests/${notice.id}`, {
      token: staffToken,
      body: { status: 'reinstated', reasons: reasons('The counter-notice includes a signed licence we have checked.') },
    })
    expect(now.status, JSON.stringify(now.body)).toBe(200)
    expect(await publiclyVisible(notice.year)).toBe(true)
    expect((await stored(notice.id)).reasons?.automated ?? false).toBe(false)

    const other = await removedByNotice()
    const forced = await rest('PATCH', `contact-requests/${other.id}`, {
      token: staffToken,
      body: { status: 'counter_noticed' },
    })
    expect(forced.status).toBe(400)
    expect(JSON.stringify(forced.body)).toMatch(/Only the server moves a request/)
  })

  it('starts the clock on content hidden pending review, from the settings’ number of business days', async () => {
    await payload.updateGlobal({ slug: 'takedown-settings', data: { counterNoticeBusinessDays: 14 } })
    try {
      const notice = await removedByNotice({}, false)
      expect((await stored(notice.id)).status).toBe('received') // hidden on confirmation, not decided
      const before = Date.now()
      expect(await fileCounterNotice(counterNoticeFields(notice.reference, 'pending@example.test'))).toMatchObject({
        ok: true,
      })
      const doc = await stored(notice.id)
      expect(doc.status).toBe('counter_noticed')
      expect(new Date(doc.restoreAt!).getTime() - before).toBeGreaterThan(19 * DAY_MS)
      expect(await publiclyVisible(notice.year)).toBe(false)
    } finally {
      await payload.updateGlobal({ slug: 'takedown-settings', data: { counterNoticeBusinessDays: 10 } })
    }
    // The law's bounds hold in the settings: no fewer than 10, no more than 14 business days.
    for (const days of [9, 15]) {
      await expect(
        payload.updateGlobal({ slug: 'takedown-settings', data: { counterNoticeBusinessDays: days } }),
      ).rejects.toThrow(/Counter Notice Business Days|counterNoticeBusinessDays/i)
    }
  })
})

describe('in Chinese', () => {
  it('writes to a Chinese notifier and a Chinese filer in Chinese, with 投诉 and 起诉', async () => {
    const notice = await removedByNotice({ language: 'zh' })
    const filer = 'chinese.filer@example.test'
    expect(await fileCounterNotice(counterNoticeFields(notice.reference, filer, { language: 'zh' }))).toMatchObject({
      ok: true,
    })
    const copy = await mailbox.waitFor((m) => m.to.includes(notice.email) && subjectOf(m).includes('反通知'))
    const body = decodedBody(copy)
    expect(body).toContain('反通知副本')
    expect(body).toMatch(/向有关部门投诉或者向人民法院起诉/)
    expect(body).toContain('初步证明材料')
    const receipt = await mailbox.waitFor((m) => m.to.includes(filer))
    expect(subjectOf(receipt)).toBe(`我们已收到您关于 ${notice.reference} 的反通知`)
  })
})

describe('the transparency report', () => {
  it('counts the counter-notices and what the clock did, and the restoration as an automated decision', async () => {
    const { parsePeriod, periodOf, transparencyReport } = await import('../../src/takedown/transparency')
    const report = await transparencyReport(payload, parsePeriod(periodOf(new Date()))!)
    // Filed above: one per notice, and a second on the notice kept down by a court case.
    expect(report.counterNotices).toEqual({
      received: 6,
      clockStarted: 5,
      restoredOnDate: 1,
      restoredEarly: 1,
      keptAfterAction: 1,
      awaiting: 2,
    })
    expect(report.automated.decisions).toBe(1)
  })
})

describe('what a counter-notice must contain (DMCA 512(g)(3), 条例 16)', () => {
  it('refuses one without address, phone, evidence, the sworn statement, consent to jurisdiction or a matching signature', async () => {
    const notice = await removedByNotice()
    const { problemIn } = await import('../../app/(frontend)/_forms/serverMessages')
    const missing: [string, Record<string, string>, RegExp, RegExp][] = [
      ['address', { address: '' }, /required/, /必填/],
      ['phone', { phone: ' ' }, /required/, /必填/],
      ['evidence', { evidence: '' }, /required/, /必填/],
      ['goodFaith', { goodFaith: '' }, /under penalty of perjury/, /真实性负责/],
      ['jurisdiction', { jurisdiction: '' }, /jurisdiction of the courts/, /法院管辖/],
      ['signature', { signature: 'Somebody Else' }, /exactly as given above/, /签名必须与上方/],
    ]
    for (const [field, change, english, chinese] of missing) {
      const refused = await fileCounterNotice({
        ...counterNoticeFields(notice.reference, `refused-${field}@example.test`),
        ...change,
      })
      expect(refused.ok, field).toBe(false)
      const errors = (refused as { errors: Record<string, string> }).errors
      expect(errors[field], `${field}: ${JSON.stringify(errors)}`).toMatch(english)
      expect(problemIn(refused as { errors: Record<string, string> }, 'zh').errors[field], field).toMatch(chinese)
    }
    expect(
      (await payload.count({ collection: 'counter-notices', where: { notice: { equals: notice.id } } })).totalDocs,
    ).toBe(0)
    expect((await stored(notice.id)).status).toBe('removed')
  })
})

describe('a deleted item’s notices (ids come back on SQLite)', () => {
  it('do not pass a removal on to a new item that gets the deleted one’s id', async () => {
    const notice = await removedByNotice()
    const old = (await payload.find({ collection: 'editions', where: { year: { equals: notice.year } } })).docs[0]
    await payload.delete({ collection: 'editions', id: old.id })
    const fresh = await payload.create({
      collection: 'editions',
      data: { ...validEdition(2190), _status: 'published' },
    })
    // SQLite hands out the highest id again; PostgreSQL does not. Either way the new edition is its own.
    console.log(`  new edition id ${fresh.id} (the deleted one had ${old.id})`)
    const saved = await payload.update({ collection: 'editions', id: fresh.id, data: { city: 'Chongqing' } })
    expect(saved.takedown?.hidden).toBe(false)
    expect(await publiclyVisible(2190)).toBe(true)
    // The notice still records what it named.
    expect((await stored(notice.id)).urls?.[0]).toMatchObject({
      url: `/editions/${notice.year}`,
      contentId: String(old.id),
    })
  })
})
