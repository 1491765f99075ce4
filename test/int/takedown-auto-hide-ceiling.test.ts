// Issue 19: a confirmed copyright, image or personal-data notice hides its content at once, but
// only up to a ceiling per sender and per mail domain over 30 days; past it the content stays
// online until staff decide, and staff see why on the request and in their email.
import { describe, expect, it } from 'vitest'

import { autoHideCeiling } from '../../src/takedown/policy'
import { decodedBody } from '../helpers/mailbox'
import { rest } from '../helpers/rest'
import {
  confirmationTokenIn,
  resetRateLimits,
  submitPublicly,
  takedownSuiteForFile,
  validNotice,
} from '../helpers/takedown'

// The shipped limits (the other suites raise them: test/helpers/setupDatabase.ts).
process.env.AUTO_HIDE_LIMIT_PER_SENDER = '3'
process.env.AUTO_HIDE_LIMIT_PER_DOMAIN = '20'
const AUTO_HIDE_CEILING = autoHideCeiling()
const { mailbox, payload } = await takedownSuiteForFile()

/** Notices that hid content `daysAgo` days ago, straight in the database (the sender's history). */
async function history(emails: string[], daysAgo: number) {
  const at = new Date(Date.now() - daysAgo * 86_400_000).toISOString()
  for (const email of emails)
    await payload.db.create({
      collection: 'contact-requests',
      data: {
        kind: 'removal',
        status: 'removed',
        name: 'Earlier',
        email,
        basis: 'copyright',
        openRank: 1,
        confirmedAt: at,
        hiddenAt: at,
      },
    })
}

async function fileAndConfirm(email: string, url: string) {
  await resetRateLimits()
  const res = await submitPublicly(validNotice(url, { email }))
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  // This notice's own confirmation email (the same sender may have had others).
  const mail = await mailbox.waitFor(
    (m) => m.to.join(' ').toLowerCase().includes(email.toLowerCase()) && m.raw.includes(res.body.doc.reference),
  )
  expect((await rest('POST', 'contact-requests/confirm', { body: { token: confirmationTokenIn(mail) } })).status).toBe(
    200,
  )
  return payload.findByID({ collection: 'contact-requests', id: res.body.doc.id, overrideAccess: true })
}

const visible = async (year: number) =>
  (await rest('GET', `editions?where[year][equals]=${year}&depth=0`)).body.docs.length === 1

describe('the ceiling on automatic hides', () => {
  it(`hides at once while the sender has had fewer than ${AUTO_HIDE_CEILING.perSender} hides in 30 days, then waits for staff`, async () => {
    const sender = 'prolific@catchall.example'
    // Two earlier hides inside the window, one outside it.
    await history([sender, sender], 10)
    await history([sender], AUTO_HIDE_CEILING.windowDays + 5)
    const third = await fileAndConfirm(sender, '/editions/2018')
    expect(third.hiddenAt).toBeTruthy()
    expect(third.autoHideWithheld ?? null).toBeNull()
    expect(await visible(2018)).toBe(false)

    const fourth = await fileAndConfirm(sender, '/editions/2019')
    expect(fourth.status).toBe('received')
    expect(fourth.hiddenAt ?? null).toBeNull()
    expect(fourth.autoHideWithheld).toMatch(/at most 3 hide automatically/)
    expect(await visible(2019)).toBe(true)
    // Staff are told in the new-notice email; the sender gets no "content hidden" email for it.
    const staffMail = await mailbox.waitFor(
      (m) => /New confirmed removal notice/.test(m.raw) && m.raw.includes(fourth.reference!),
    )
    expect(decodedBody(staffMail)).toMatch(/Not hidden automatically/)
  })

  it(`counts every sender at one mail domain together, up to ${AUTO_HIDE_CEILING.perDomain}`, async () => {
    await history(
      Array.from({ length: AUTO_HIDE_CEILING.perDomain }, (_, i) => `person${i}@rotating.example`),
      3,
    )
    const fresh = await fileAndConfirm('someone-new@ROTATING.example', '/editions/2020')
    expect(fresh.hiddenAt ?? null).toBeNull()
    expect(fresh.autoHideWithheld).toMatch(/rotating\.example/)
    expect(await visible(2020)).toBe(true)
    // Another domain is not held back.
    const elsewhere = await fileAndConfirm('author@photos.example', '/editions/2021')
    expect(elsewhere.hiddenAt).toBeTruthy()
    expect(await visible(2021)).toBe(false)
  })
})
