import { beforeAll, describe, expect, inject, it } from 'vitest'

import { Api } from './api'
import { browserForFile, openPage, screenshot } from './browser'

// The editor's side of the two languages: the admin in Chinese, an edition's Chinese fields,
// its versions. The screenshots double as the pictures in docs/editors.md.

const baseUrl = inject('baseUrl')
const session = browserForFile()
const api = new Api(baseUrl)
let editionId: number

beforeAll(async () => {
  await api.signIn()
  const login = await api.request('POST', 'users/login', {
    email: 'e2e-admin@example.test',
    password: 'e2e-admin-password-1',
  })
  const { hostname } = new URL(baseUrl)
  await session.context.addCookies([{ name: 'payload-token', value: login.token, domain: hostname, path: '/' }])
  editionId = (await api.request('GET', 'editions?where[year][equals]=2019&depth=0')).docs[0].id
})

describe('editing in two languages', () => {
  it('shows an edition with its English and Chinese values, switched by locale', async () => {
    const { page } = await openPage(session.context)
    await page.goto(`${baseUrl}/admin/collections/editions/${editionId}?locale=en`)
    await page.locator('input[name="title"]').waitFor()
    expect(await page.locator('input[name="title"]').inputValue()).toBe('Smart China Expo 2019')
    await screenshot(page, 'editors-edition-en')
    await page.goto(`${baseUrl}/admin/collections/editions/${editionId}?locale=zh`)
    await page.locator('input[name="title"]').waitFor()
    await expect.poll(() => page.locator('input[name="title"]').inputValue()).toBe('2019中国国际智能产业博览会')
    expect(await page.locator('input[name="venue"]').inputValue()).toBe('重庆国际博览中心')
    await screenshot(page, 'editors-edition-zh')
    await page.close()
  })

  it('lists the versions of an edition for compare and restore', async () => {
    const { page } = await openPage(session.context)
    await page.goto(`${baseUrl}/admin/collections/editions/${editionId}/versions`)
    await page.locator('table').first().waitFor()
    expect(await page.locator('table tbody tr').count()).toBeGreaterThan(0)
    await screenshot(page, 'editors-versions')
    await page.close()
  })

  it('speaks Chinese to an editor who chooses it', async () => {
    const zhContext = await session.browser.newContext({ viewport: { width: 1280, height: 900 } })
    const cookies = await session.context.cookies()
    const { hostname } = new URL(baseUrl)
    await zhContext.addCookies([...cookies, { name: 'payload-lng', value: 'zh', domain: hostname, path: '/' }])
    const { page } = await openPage(zhContext)
    await page.goto(`${baseUrl}/admin/collections/editions`)
    await page.locator('table').first().waitFor()
    expect(await page.locator('body').textContent()).toMatch(/创建新的|新建|搜索/)
    await screenshot(page, 'editors-admin-zh')
    await zhContext.close()
  })
})
