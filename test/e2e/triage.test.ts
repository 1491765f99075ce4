import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { Api, getText, timeUntil } from './api'
import { browserForFile, openPage, renderWholePage, reveal, screenshot } from './browser'
import { confirmationTokenIn, startMailboxOn } from '../helpers/mailbox'

// Issue 16 §4: a notice triaged entirely in the admin, as staff work: the list, the request, a
// status menu that offers only the moves allowed from where the request stands, the decision
// with its statement of reasons, and the page answering 410.

const baseUrl = inject('baseUrl')
const session = browserForFile()
const SMTP_PORT = Number(process.env.E2E_SMTP_PORT || 3125)
const YEAR = 2095
const admin = new Api(baseUrl)
let mailbox: Awaited<ReturnType<typeof startMailboxOn>>
let editionId: number

beforeAll(async () => {
  mailbox = await startMailboxOn(SMTP_PORT)
  await admin.signIn()
  const { doc } = await admin.request('POST', 'editions?depth=0', {
    year: YEAR,
    slug: `e2e-triage-${YEAR}`,
    title: `E2E Triage Expo ${YEAR}`,
    startDate: `${YEAR}-05-01T12:00:00.000Z`,
    format: 'offline',
    city: 'Chongqing',
    _status: 'published',
  })
  editionId = doc.id
})
afterAll(async () => {
  await mailbox?.close()
  await admin.request('DELETE', `editions/${editionId}`)
})

type Page = Awaited<ReturnType<typeof openPage>>['page']

/** Opens a select's menu and returns what it offers. */
async function menuOf(page: Page, field: string): Promise<string[]> {
  await page.locator(`#field-${field} .rs__control`).click()
  await page.locator('.rs__option').first().waitFor()
  const offered = await page.locator('.rs__option').allTextContents()
  return offered
}

async function choose(page: Page, field: string, label: string) {
  if (!(await page.locator('.rs__option').first().isVisible()))
    await page.locator(`#field-${field} .rs__control`).click()
  await page.locator('.rs__option').getByText(label, { exact: true }).click()
}

describe('triage in the admin', () => {
  it('takes a notice from the list to a removal with reasons, offering only allowed moves; the page answers 410', async () => {
    // A defamation notice: not hidden on confirmation, so the page stays up until staff decide.
    const email = `triage-${Date.now()}@example.test`
    const filed = await admin.request('POST', 'contact-requests', {
      kind: 'removal',
      name: 'Sun Li',
      email,
      relationship: 'person_concerned',
      basis: 'defamation',
      urls: [{ url: `/editions/${YEAR}` }],
      elements: ['text'],
      originalWork: 'My good name.',
      explanation: 'The summary on this page says I was dismissed from the organising committee; I was not.',
      requestedAction: 'remove',
      goodFaith: true,
      accuracy: true,
      signature: 'Sun Li',
    })
    const { id, reference } = filed.doc
    await admin.request('POST', 'contact-requests/confirm', {
      token: confirmationTokenIn(await mailbox.waitFor((m) => m.to.includes(email), 15_000)),
    })
    expect((await getText(`${baseUrl}/editions/${YEAR}`)).status).toBe(200)

    const context = await session.browser.newContext({ viewport: { width: 1280, height: 1000 } })
    const login = await admin.request('POST', 'users/login', {
      email: 'e2e-admin@example.test',
      password: 'e2e-admin-password-1',
    })
    await context.addCookies([
      { name: 'payload-token', value: login.token, domain: new URL(baseUrl).hostname, path: '/' },
    ])
    const { page } = await openPage(context)

    // The dashboard's locale switcher names the content language (it once read "Locale: undefined").
    await page.goto(`${baseUrl}/admin`)
    const localeLabel = page.locator('.localizer-button__current-label').first()
    expect(await localeLabel.textContent()).toBe('English')
    await page.goto(`${baseUrl}/admin?locale=zh`)
    await expect.poll(() => localeLabel.textContent()).toBe('简体中文')
    await page.goto(`${baseUrl}/admin?locale=xx`)
    await expect.poll(() => localeLabel.textContent()).not.toMatch(/undefined/)
    // Back to English: the choice is kept per account, and other browser tests share this one.
    await page.goto(`${baseUrl}/admin?locale=en`)
    await expect.poll(() => localeLabel.textContent()).toBe('English')

    await page.goto(`${baseUrl}/admin/collections/contact-requests`)
    await page.getByRole('link', { name: reference }).first().click()
    await page.waitForURL(`**/admin/collections/contact-requests/${id}`)

    // Plain labels, the addresses named by what they lead to, and the deadline while it is open.
    await page.getByText('What is missing (sent to the notifier)').first().waitFor()
    await page.getByText(`/editions/${YEAR} · E2E Triage Expo ${YEAR}`).first().waitFor()
    expect(await page.getByText('Next deadline', { exact: true }).count()).toBeGreaterThan(0)
    expect(await page.getByText('Info Request', { exact: true }).count()).toBe(0)

    // Received: the moves from there, not a decision.
    const fromReceived = await menuOf(page, 'status')
    expect(fromReceived).toContain('In review')
    expect(fromReceived).toContain('Needs information')
    expect(fromReceived).not.toContain('Removed')
    expect(fromReceived).not.toContain('Reinstated')
    await choose(page, 'status', 'In review')
    // Still the moves from the saved status while the choice is unsaved.
    expect(await menuOf(page, 'status')).toContain('Needs information')
    await page.keyboard.press('Escape')
    await page.locator('#action-save').click()
    await expect
      .poll(async () => (await admin.request('GET', `contact-requests/${id}?depth=0`)).status)
      .toBe('in_review')

    await page.reload()
    const fromReview = await menuOf(page, 'status')
    expect(fromReview).toEqual(expect.arrayContaining(['In review', 'Removed', 'Declined']))
    expect(fromReview).not.toContain('Received')
    await choose(page, 'status', 'Removed')
    await reveal(page, '#field-reasons__scope')
    await page.locator('#field-reasons__scope').fill(`The summary of the ${YEAR} edition.`)
    await page
      .locator('#field-reasons__facts')
      .fill('The committee minutes of 2095 list Sun Li as a member to the end; the summary was wrong.')
    await choose(page, 'reasons__ground', 'Incompatible with our publication terms (name the term)')
    await page.locator('#field-reasons__groundDetail').fill('Terms §4: no unverified statements about people.')
    await screenshot(page, 'takedown-triage')
    const saved = Date.now()
    await page.locator('#action-save').click()
    const gone = await timeUntil(async () => (await getText(`${baseUrl}/editions/${YEAR}`)).status === 410, 5_000)
    console.log(
      `  save in the admin → 410: ${(Date.now() - saved).toFixed(0)} ms (after the save: ${gone.toFixed(0)} ms)`,
    )
    const stored = await admin.request('GET', `contact-requests/${id}?depth=0`)
    expect(stored.status).toBe('removed')
    expect(stored.reasons.ground).toBe('terms')
    expect(stored.decidedBy).toBeTruthy()

    // Closed: no deadline shown. The screen reads as a case file: the notice, then the decision,
    // then the history with every change and every email sent.
    await page.reload()
    await page.getByText('The notice, as filed').first().waitFor()
    expect(await page.getByText('Next deadline', { exact: true }).count()).toBe(0)
    const top = async (text: string) => (await page.getByText(text, { exact: true }).first().boundingBox())!.y
    expect(await top('The notice, as filed')).toBeLessThan(await top('Decision'))
    expect(await top('Decision')).toBeLessThan(await top('History'))
    const explanation = (await page.locator('#field-explanation').boundingBox())!.y
    expect(explanation).toBeLessThan(await top('Decision'))
    await page.getByRole('link', { name: 'On the site ↗' }).first().waitFor()
    await page.getByRole('link', { name: 'In the admin' }).first().waitFor()
    const snapshotLink = page.getByRole('link', { name: /^Snapshot when hidden/ }).first()
    await snapshotLink.waitFor()
    await screenshot(page, 'takedown-case-file')
    await reveal(page, '#field-emailsSent')
    await page.getByText(`Decision on your removal notice ${reference}: Removed`).first().waitFor()
    await page.getByText(`Please confirm your removal notice ${reference}`).first().waitFor()
    const history = page.locator('#field-auditTrail')
    await history.getByText('Removed', { exact: true }).first().waitFor()
    await history.getByText('In review', { exact: true }).first().waitFor()
    await renderWholePage(page)
    await screenshot(page, 'takedown-case-file-full')

    // The snapshot: the edition as it stood when the decision hid it.
    await snapshotLink.click()
    await page.waitForURL('**/admin/collections/takedown-snapshots/*')
    await page.getByText('title.en', { exact: true }).waitFor()
    await page.getByText(`E2E Triage Expo ${YEAR}`, { exact: true }).first().waitFor()
    await screenshot(page, 'takedown-snapshot')
    await page.goBack()

    // The same screen in Chinese for staff who chose it.
    await context.addCookies([{ name: 'payload-lng', value: 'zh', domain: new URL(baseUrl).hostname, path: '/' }])
    await page.reload()
    await page.getByText('通知（按提交原样）').first().waitFor()
    // The status and the ground, as chosen, in Chinese too.
    await page.locator('#field-status').getByText('已删除', { exact: true }).waitFor()
    await page.locator('#field-basis').getByText('名誉权（诽谤）', { exact: true }).waitFor()
    await page
      .getByRole('link', { name: /^隐藏时的快照/ })
      .first()
      .waitFor()
    await reveal(page, '#field-reasons__facts')
    await page.getByText('所依据的事实和情况').first().waitFor()
    expect(await page.getByText('需补充的内容（发送给通知人）').count()).toBeGreaterThan(0)
    await reveal(page, '#field-emailsSent')
    await page.getByText('处理记录', { exact: true }).first().waitFor()
    await page.getByText('已发送的邮件').first().waitFor()
    await page.locator('#field-emailsSent').getByText('英文', { exact: true }).first().waitFor()
    await renderWholePage(page)
    await screenshot(page, 'takedown-case-file-zh')
    await context.close()
  })
})
