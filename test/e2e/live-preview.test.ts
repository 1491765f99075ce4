import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { Api } from './api'
import { browserForFile, openPage, screenshot } from './browser'

// Live preview: the admin frames /preview/<collection>/<id>, the public page's own view reading
// the latest draft for the signed-in editor. The same address shows nothing to anyone else.

const baseUrl = inject('baseUrl')
const session = browserForFile({ width: 1400, height: 900 })
const api = new Api(baseUrl)
const DRAFT_TITLE = 'Smart China Expo 2019 (unpublished working title 7731)'
let editionId: number
let editorToken: string
let staffToken: string

async function signIn(email: string, password: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  return (await res.json()).token
}

// As a browser sends it from the admin's frame: Payload honours the session cookie only on
// same-origin requests (its CSRF rule), so a cross-site page cannot open a preview either.
const get = async (path: string, token?: string, site = 'same-origin') => {
  const headers: Record<string, string> = { 'Sec-Fetch-Site': site }
  if (token) headers.Cookie = `payload-token=${token}`
  const res = await fetch(`${baseUrl}${path}`, { headers, redirect: 'manual' })
  return { status: res.status, headers: res.headers, text: await res.text() }
}

beforeAll(async () => {
  await api.signIn()
  for (const [email, roles] of [
    ['preview-editor@example.test', ['editor']],
    ['preview-staff@example.test', ['staff']],
  ] as const) {
    await api.request('POST', 'users', { email, password: 'preview-password-1234', roles }).catch(() => null)
  }
  editorToken = await signIn('preview-editor@example.test', 'preview-password-1234')
  staffToken = await signIn('preview-staff@example.test', 'preview-password-1234')
  editionId = (await api.request('GET', 'editions?where[year][equals]=2019&depth=0')).docs[0].id
  // An autosaved draft: the published 2019 edition keeps its title for the public.
  await api.request('PATCH', `editions/${editionId}?draft=true&autosave=true`, { title: DRAFT_TITLE })
  await session.context.addCookies([
    { name: 'payload-token', value: editorToken, domain: new URL(baseUrl).hostname, path: '/' },
  ])
})
afterAll(async () => {
  // Leave the 2019 edition's latest draft as the other browser tests expect it.
  await api.request('PATCH', `editions/${editionId}?draft=true&autosave=true`, { title: 'Smart China Expo 2019' })
})

describe('the preview address', () => {
  it("renders a draft edition's unpublished text for a signed-in editor, in English and Chinese", async () => {
    const en = await get(`/preview/editions/${editionId}`, editorToken)
    expect(en.status).toBe(200)
    expect(en.text).toContain('unpublished working title 7731')
    expect(en.text).toContain('Hosts and participants')
    expect(en.headers.get('content-security-policy')).toContain("frame-ancestors 'self'")
    expect(en.headers.get('x-frame-options')).toBe('SAMEORIGIN')
    expect(en.headers.get('x-robots-tag')).toContain('noindex')
    const zh = await get(`/zh/preview/editions/${editionId}`, editorToken)
    expect(zh.status).toBe(200)
    expect(zh.text).toContain('<html lang="zh-Hans"')
  })

  it('shows nothing of the draft without an editor session: visitors and staff get 404', async () => {
    for (const token of [undefined, staffToken, 'not-a-valid-token']) {
      const res = await get(`/preview/editions/${editionId}`, token)
      expect(res.status).toBe(404)
      expect(res.text).not.toContain('7731')
    }
    // The editor's own cookie, sent along by a foreign site's frame or link, opens nothing.
    expect((await get(`/preview/editions/${editionId}`, editorToken, 'cross-site')).status).toBe(404)
    const publicPage = await get('/editions/2019')
    expect(publicPage.status).toBe(200)
    expect(publicPage.text).not.toContain('7731')
    expect(publicPage.headers.get('x-frame-options')).toBe('DENY')
  })

  it('renders a page that was never published, for the editor only', async () => {
    const page = await api.request('POST', 'pages?draft=true', {
      title: 'Press kit (draft 5512)',
      slug: 'press-kit-draft',
      _status: 'draft',
    })
    expect((await get(`/preview/pages/${page.doc.id}`, editorToken)).text).toContain('Press kit (draft 5512)')
    expect((await get(`/preview/pages/${page.doc.id}`)).status).toBe(404)
    expect((await get('/press-kit-draft')).status).toBe(404)
  })
})

describe('live preview in the admin', () => {
  it('frames the draft beside the form and follows what the editor types', async () => {
    const { page } = await openPage(session.context)
    await page.goto(`${baseUrl}/admin/collections/editions/${editionId}`)
    await page.locator('input[name="title"]').waitFor()
    await page.locator('#live-preview-toggler').click()
    const frame = page.frameLocator('iframe')
    await expect
      .poll(
        () =>
          frame
            .locator('h1')
            .textContent({ timeout: 1_000 })
            .catch(() => ''),
        { timeout: 20_000 },
      )
      .toContain('7731')
    await page.locator('input[name="title"]').fill('Smart China Expo 2019 (retitled live 8842)')
    // Autosave (every 2 s) saves the draft; the frame re-renders on the server with it.
    await expect
      .poll(
        () =>
          frame
            .locator('h1')
            .textContent({ timeout: 1_000 })
            .catch(() => ''),
        { timeout: 20_000 },
      )
      .toContain('retitled live 8842')
    await frame.locator('nav[aria-label="Other editions"]').waitFor({ timeout: 10_000 })
    await screenshot(page, 'editors-live-preview')
    expect((await get('/editions/2019')).text).not.toContain('8842')
    await page.close()
  })
})
