import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { Api, getText, timeUntil } from './api'

// Issue 15 §3: where notices go, from the takedown settings, on /contact and under the
// disclaimer in both languages; and the notice under every content page in the page's language.

const baseUrl = inject('baseUrl')
const admin = new Api(baseUrl)
const CONTACT = {
  name: 'Expo Archive notices desk',
  email: 'notices@expo-archive.test',
  postalAddress: '66 Yuelai Avenue, Yubei District, Chongqing',
  phone: '+86 23 6000 1000',
}

beforeAll(async () => {
  await admin.signIn()
})
afterAll(async () => {
  await admin.request('POST', 'globals/takedown-settings', {
    noticesContact: { name: null, email: null, postalAddress: null, phone: null },
  })
})

describe('the contact for notices', () => {
  it('is published on the contact pages and under the disclaimer once an admin sets it', async () => {
    await admin.request('POST', 'globals/takedown-settings', { noticesContact: CONTACT })
    // The disclaimer is a built page: the settings change refreshes it.
    const shown = await timeUntil(async () => (await getText(`${baseUrl}/disclaimer`)).text.includes(CONTACT.email))
    console.log(`  settings saved → disclaimer shows the contact: ${shown.toFixed(0)} ms`)
    expect(shown).toBeLessThan(1_000)
    for (const path of ['/contact', '/zh/contact', '/disclaimer', '/zh/disclaimer']) {
      const { status, text } = await getText(`${baseUrl}${path}`)
      expect(status, path).toBe(200)
      for (const value of Object.values(CONTACT)) expect(text, `${path}: ${value}`).toContain(value)
      expect(text).toContain(path.startsWith('/zh') ? '指定代理人' : 'designated agent')
      expect(text).toContain(path.startsWith('/zh') ? 'href="/zh/counter-notice"' : 'href="/counter-notice"')
    }
  })

  it('says where to send notices even before one is set', async () => {
    await admin.request('POST', 'globals/takedown-settings', {
      noticesContact: { name: null, email: null, postalAddress: null, phone: null },
    })
    await timeUntil(async () => !(await getText(`${baseUrl}/disclaimer`)).text.includes(CONTACT.email))
    const { text } = await getText(`${baseUrl}/zh/contact`)
    expect(text).toContain('侵权通知的接收')
    expect(text).not.toContain(CONTACT.email)
    expect(text).not.toContain('指定代理人')
  })
})

describe('the notice under content pages', () => {
  it('is in Chinese under /zh and links to the Chinese removal form', async () => {
    const { text } = await getText(`${baseUrl}/zh/editions/2019`)
    expect(text).toContain('申请删除本页内容')
    expect(text).toContain('href="/zh/removal-request?url=%2Fzh%2Feditions%2F2019"')
    expect(text).not.toContain('Request removal of this content')
  })
})
