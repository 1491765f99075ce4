import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { Api, getText, timeUntil } from './api'
import { browserForFile, openPage, screenshot } from './browser'
import { confirmationTokenIn, decodedBody, startMailboxOn } from '../helpers/mailbox'

// Issue 15 §1 in a browser: content hidden by a confirmed notice answers 410 with a link to the
// counter-notice form; the publisher files one there (in English, and in Chinese under /zh), the
// notice waits for its restoration date with the content still down, the notifier has a copy
// and the date by email, and staff restoring at once brings the page back within a second.

const baseUrl = inject('baseUrl')
const session = browserForFile()
const SMTP_PORT = Number(process.env.E2E_SMTP_PORT || 3125)
const admin = new Api(baseUrl)
let mailbox: Awaited<ReturnType<typeof startMailboxOn>>
const editions: number[] = []

beforeAll(async () => {
  mailbox = await startMailboxOn(SMTP_PORT)
  await admin.signIn()
})
afterAll(async () => {
  await mailbox?.close()
  for (const id of editions) await admin.request('DELETE', `editions/${id}`)
})

/** A published edition, and a copyright notice about it confirmed from its email: hidden at once. */
async function hiddenByNotice(year: number, language: 'en' | 'zh') {
  const { doc } = await admin.request('POST', 'editions?depth=0', {
    year,
    slug: `e2e-counter-${year}`,
    title: `E2E Counter Expo ${year}`,
    startDate: `${year}-05-01T12:00:00.000Z`,
    format: 'offline',
    city: 'Chongqing',
    _status: 'published',
  })
  editions.push(doc.id)
  const email = `counter-notifier-${year}-${Date.now()}@example.test`
  const filed = await admin.request('POST', 'contact-requests', {
    kind: 'removal',
    language,
    name: 'Wang Fang',
    email,
    phone: '+86 23 6000 0000',
    relationship: 'rights_holder',
    basis: 'copyright',
    urls: [{ url: `/editions/${year}` }],
    elements: ['image'],
    originalWork: 'My photograph of the opening ceremony.',
    explanation: 'The photograph on this page is mine and was published without my permission or a credit.',
    requestedAction: 'remove',
    goodFaith: true,
    accuracy: true,
    signature: 'Wang Fang',
  })
  const mail = await mailbox.waitFor((m) => m.to.includes(email), 15_000)
  await admin.request('POST', 'contact-requests/confirm', { token: confirmationTokenIn(mail) })
  expect(await timeUntil(async () => (await getText(`${baseUrl}/editions/${year}`)).status === 410)).toBeLessThan(1_000)
  return { id: filed.doc.id as number, reference: filed.doc.reference as string, email }
}

const cases = [
  { locale: 'en', year: 2093, prefix: '' },
  { locale: 'zh', year: 2094, prefix: '/zh' },
] as const

describe.each(cases)('a counter-notice in $locale against hidden content', ({ locale, year, prefix }) => {
  const zh = locale === 'zh'
  const filer = `publisher-${locale}-${Date.now()}@example.test`
  let notice: Awaited<ReturnType<typeof hiddenByNotice>>

  it('is filed from the link on the 410 page, and the content stays down until its date', async () => {
    notice = await hiddenByNotice(year, locale)
    const context = await session.browser.newContext()
    const { page, external } = await openPage(context)
    const gone = await page.goto(`${baseUrl}${prefix}/editions/${year}`)
    expect(gone?.status()).toBe(410)
    await page.locator(`a[href*="/counter-notice?ref=${notice.reference}"]`).first().click()
    await page.waitForURL(`**${prefix}/counter-notice?ref=*`)
    expect(await page.locator('#field-reference').inputValue()).toBe(notice.reference)
    const lead = (await page.locator('.lead').textContent()) ?? ''
    expect(lead).toContain(zh ? '10 个工作日' : '10 business days')
    await page.locator('#field-name').fill(zh ? '赵敏' : 'Zhao Min')
    await page.locator('#field-email').fill(filer)
    await page.locator('#field-address').fill(zh ? '重庆市渝中区解放碑路 12 号' : '12 Jiefangbei Road, Chongqing')
    await page.locator('#field-phone').fill('+86 23 6100 0000')
    await page.locator('#field-material').fill(zh ? '该届次页面上的照片。' : 'The photographs on the edition page.')
    await page
      .locator('#field-statement')
      .fill(
        zh
          ? '这些照片是我本人拍摄的，并已授权主办方使用；该删除通知有误，请予恢复。'
          : 'I took these photographs myself and licensed them to the organisers; the notice is mistaken.',
      )
    await page.locator('#field-evidence').fill(zh ? '2019 年 5 月 3 日签署的授权书。' : 'Signed licence of 3 May 2019.')
    await page.getByRole('checkbox', { name: zh ? /真实性负责/ : /under penalty of perjury/ }).check()
    await page.getByRole('checkbox', { name: zh ? /法院的管辖/ : /jurisdiction of the courts/ }).check()
    await page.locator('#field-signature').fill(zh ? '赵敏' : 'Zhao Min')
    if (zh) {
      // The anti-robot widget speaks the page's language too.
      await expect.poll(() => page.getByText('我不是机器人').count()).toBeGreaterThan(0)
      await screenshot(page, 'counter-notice-zh')
    }
    // The form refuses a send faster than a person types (MIN_FILL_MS).
    await page.waitForTimeout(3_300)
    await page.getByRole('button', { name: zh ? '提交反通知' : 'Send counter-notice' }).click()
    await page.waitForURL(`**${prefix}/counter-notice/sent?ref=*`, { timeout: 20_000 }).catch(async (error) => {
      const alerts = await page.locator('form [role="alert"], form [id$="-error"]').allTextContents()
      throw new Error(`not accepted: ${alerts.join(' | ')}`, { cause: error })
    })
    const stored = await admin.request('GET', `contact-requests/${notice.id}?depth=0`)
    expect(stored.status).toBe('counter_noticed')
    expect(new Date(stored.restoreAt).getTime() - Date.now()).toBeGreaterThan(13 * 24 * 3600_000)
    // The page that thanks them says the day the content returns.
    const date = new Date(stored.restoreAt).toLocaleDateString(zh ? 'zh-CN' : 'en-GB', {
      dateStyle: 'long',
      timeZone: 'Asia/Shanghai',
    })
    const said = (await page.locator('[data-restore-at]').textContent()) ?? ''
    expect(said).toContain(date)
    expect(said).toMatch(zh ? /投诉或者向人民法院起诉/ : /gone to court or made a complaint/)
    expect(external).toEqual([])
    await context.close()
    expect((await getText(`${baseUrl}/editions/${year}`)).status).toBe(410)
  })

  it('sends the notifier a copy with the date, in their language, and staff can restore at once', async () => {
    const copy = await mailbox.waitFor(
      (m) =>
        m.to.includes(notice.email) &&
        decodedBody(m).includes(zh ? '反通知副本' : 'The counter-notice as we received it'),
      15_000,
    )
    const body = decodedBody(copy)
    expect(body).toContain('+86 23 6100 0000')
    expect(body).toContain(zh ? '向有关部门投诉或者向人民法院起诉' : 'court action, or a complaint')
    expect(body).not.toContain(filer)
    const receipt = await mailbox.waitFor((m) => m.to.includes(filer), 15_000)
    expect(decodedBody(receipt)).toMatch(zh ? /已收到您针对通知/ : /We received your counter-notice/)

    await admin.request('PATCH', `contact-requests/${notice.id}`, {
      status: 'reinstated',
      reasons: {
        scope: `The photographs on /editions/${year}.`,
        facts: 'The counter-notice includes a licence from the photographer that we have checked.',
        ground: 'not_established',
      },
    })
    const elapsed = await timeUntil(async () => (await getText(`${baseUrl}/editions/${year}`)).status === 200)
    console.log(`  restored by staff → page back: ${elapsed.toFixed(0)} ms`)
    expect(elapsed).toBeLessThan(1_000)
    await mailbox.waitFor((m) => m.to.includes(filer) && decodedBody(m).includes(`/editions/${year}`), 15_000)
  })
})
