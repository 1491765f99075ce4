// Issue 15 §3–§4: the formal requirements a notice meets on filing, reconsideration by another
// member of staff as the redress text promises, and forms that promise only what the settings say.
import { describe, expect, it } from 'vitest'

import { counterNoticeTexts } from '../../app/(frontend)/counter-notice/strings'
import { removalTexts } from '../../app/(frontend)/removal-request/strings'
import { DEFAULT_TAKEDOWN_SETTINGS, loadTakedownSettings } from '../../src/takedown/policy'
import { createUser } from '../helpers/payload'
import { login, rest } from '../helpers/rest'
import { confirmationTokenIn, submitPublicly, takedownSuiteForFile, validNotice } from '../helpers/takedown'

const { mailbox, payload, staffToken } = await takedownSuiteForFile()

async function fileAndConfirm(overrides: Record<string, unknown>): Promise<number> {
  const email = `formal-${Math.random().toString(36).slice(2)}@example.test`
  const res = await submitPublicly(validNotice('/editions/2019', { email, ...overrides }))
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  const mail = await mailbox.waitFor((m) => m.to.includes(email))
  expect((await rest('POST', 'contact-requests/confirm', { body: { token: confirmationTokenIn(mail) } })).status).toBe(
    200,
  )
  return res.body.doc.id
}

describe('a notice names a way to reach its sender', () => {
  it('takes a copyright notice with a postal address and no phone, and a trademark notice with neither', async () => {
    const byPost = await submitPublicly(
      validNotice('/editions/2019', { phone: undefined, postalAddress: '66 Yuelai Avenue, Chongqing' }),
    )
    expect(byPost.status, JSON.stringify(byPost.body)).toBe(201)
    const trademark = await submitPublicly(
      validNotice('/editions/2020', { basis: 'trademark', elements: ['text'], phone: undefined }),
    )
    expect(trademark.status, JSON.stringify(trademark.body)).toBe(201)
  })
})

describe('orders from a court or authority (DSA 9, 15(1)(a))', () => {
  it('need the authority and the order named, and are reported as their own category', async () => {
    const order = { relationship: 'authority_order', basis: 'personal_data', elements: ['text'] }
    const bare = await submitPublicly(validNotice('/editions/2021', order))
    expect(bare.status).toBe(400)
    expect(JSON.stringify(bare.body)).toContain('Name the court or authority, and the reference and date of its order.')
    const id = await fileAndConfirm({
      ...order,
      authority: 'Yuzhong District People’s Court, order (2026) 渝0103 民初 77 号 of 2 March 2026',
    })
    const { parsePeriod, periodOf, transparencyReport } = await import('../../src/takedown/transparency')
    const report = await transparencyReport(payload, parsePeriod(periodOf(new Date()))!)
    expect(report.byRelationship.authority_order).toBe(1)
    const stored = await payload.findByID({ collection: 'contact-requests', id, overrideAccess: true })
    expect(stored.relationship).toBe('authority_order')
  })
})

describe('reconsideration by another member of staff', () => {
  const reasons = (facts: string) => ({ scope: 'The page.', facts, ground: 'not_established' })

  it('reopens a declined notice only for a colleague of the one who decided, who then decides afresh', async () => {
    const id = await fileAndConfirm({ basis: 'factual_error', elements: ['text'] })
    await rest('PATCH', `contact-requests/${id}`, { token: staffToken, body: { status: 'in_review' } })
    const declined = await rest('PATCH', `contact-requests/${id}`, {
      token: staffToken,
      body: { status: 'declined', reasons: reasons('The dates on the page match the official record.') },
    })
    expect(declined.status, JSON.stringify(declined.body)).toBe(200)
    // The one who declined cannot reopen it.
    const self = await rest('PATCH', `contact-requests/${id}`, { token: staffToken, body: { status: 'in_review' } })
    expect(self.status).toBe(400)
    expect(JSON.stringify(self.body)).toMatch(/different member of staff/)
    // A colleague can, and takes a new decision with its own facts.
    const colleague = await login((await createUser(payload, ['staff'])).email, 'correct-horse-battery-staple')
    const reopened = await rest('PATCH', `contact-requests/${id}`, { token: colleague, body: { status: 'in_review' } })
    expect(reopened.status, JSON.stringify(reopened.body)).toBe(200)
    const edited = await rest('PATCH', `contact-requests/${id}`, {
      token: colleague,
      body: {
        status: 'edited',
        reasons: {
          scope: 'The date line.',
          facts: 'The notifier showed the closing date was a day later.',
          ground: 'terms',
          groundDetail: 'Accuracy policy',
        },
      },
    })
    expect(edited.status, JSON.stringify(edited.body)).toBe(200)
    const stored = await payload.findByID({ collection: 'contact-requests', id, overrideAccess: true })
    // The first decision is kept for the transparency report.
    expect(stored.firstAction).toBe('declined')
    expect(stored.status).toBe('edited')
  })
})

describe('texts that promise only what holds', () => {
  it('offers redress without an out-of-court body, and reads the earlier stored default as today’s', async () => {
    expect(DEFAULT_TAKEDOWN_SETTINGS.redress).not.toMatch(/out-of-court/)
    expect(DEFAULT_TAKEDOWN_SETTINGS.redress).toMatch(/different member of staff/)
    await payload.updateGlobal({
      slug: 'takedown-settings',
      data: {
        redress:
          'You can contest this decision by replying to this email with your reasons and any evidence; a different member of staff will review it. You may also bring the matter before a court or, in the EU, an out-of-court dispute settlement body.',
      },
      overrideAccess: true,
    })
    expect((await loadTakedownSettings({ payload } as never)).redress).toBe(DEFAULT_TAKEDOWN_SETTINGS.redress)
  })

  it('states the decision deadlines and the retention the settings hold, in both languages', async () => {
    await payload.updateGlobal({
      slug: 'takedown-settings',
      data: {
        hiddenDecisionBusinessDays: 3,
        decisionBusinessDays: 7,
        retentionMonths: 18,
        counterNoticeBusinessDays: 12,
      },
      overrideAccess: true,
    })
    // Imported here: it loads the Payload config, which must see the suite's SMTP settings first.
    const { getTakedownTerms } = await import('../../src/site/takedownTerms')
    const terms = await getTakedownTerms()
    expect(terms).toMatchObject({ hidden: 3, other: 7, retentionMonths: 18, counterNoticeDays: 12 })
    expect(removalTexts('en').process(terms)).toMatch(
      /within 3 business days when the content is offline, within 7 otherwise/,
    )
    expect(removalTexts('zh').process(terms)).toMatch(/3 个工作日内.*7 个工作日内/)
    expect(removalTexts('en').privacy(terms.retentionMonths)).toMatch(/18 months after the request is closed/)
    expect(removalTexts('zh').privacy(terms.retentionMonths)).toMatch(/18 个月后/)
    // The counter-notice form states the restoration delay the workflow will apply.
    expect(counterNoticeTexts('en').intro(terms.counterNoticeDays)).toMatch(/back on the site 12 business days later/)
    expect(counterNoticeTexts('zh').intro(terms.counterNoticeDays)).toMatch(/12 个工作日后恢复/)
  })
})
