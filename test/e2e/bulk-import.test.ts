import { beforeAll, describe, expect, inject, it } from 'vitest'

import { Api } from './api'
import { browserForFile, openPage, screenshot } from './browser'

// Bulk editing in the admin: the import panel above the organizations list (editors and
// admins only) and the plugin's Export in the list menu.

const baseUrl = inject('baseUrl')
const session = browserForFile()
const api = new Api(baseUrl)

async function contextFor(email: string) {
  const res = await fetch(`${baseUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: 'bulk-password-1234' }),
  })
  const { token } = await res.json()
  const context = await session.browser.newContext({ viewport: { width: 1280, height: 900 } })
  await context.addCookies([{ name: 'payload-token', value: token, domain: new URL(baseUrl).hostname, path: '/' }])
  return context
}

beforeAll(async () => {
  await api.signIn()
  for (const [email, roles] of [
    ['bulk-editor@example.test', ['editor']],
    ['bulk-staff@example.test', ['staff']],
  ] as const) {
    await api.request('POST', 'users', { email, password: 'bulk-password-1234', roles }).catch(() => null)
  }
})

describe('importing from the organizations list', () => {
  it('shows a refused file row by row, then imports the corrected one', async () => {
    const context = await contextFor('bulk-editor@example.test')
    const { page } = await openPage(context)
    await page.goto(`${baseUrl}/admin/collections/organizations`)
    await page.getByText('Import from CSV or JSON').click()
    const bad = 'slug,name,kind\nbulk-test-org,Bulk Test Org,company\nBad Slug,Another,company\n'
    await page
      .locator('input[type="file"][aria-label="File to import"]')
      .setInputFiles({ name: 'organizations.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) })
    await page.getByRole('button', { name: 'Import', exact: true }).click()
    const report = page.getByTestId('import-report')
    await expect.poll(() => report.textContent().catch(() => ''), { timeout: 15_000 }).toContain('Nothing was imported')
    expect(await report.textContent()).toContain('"Bad Slug" is not a valid slug')
    await screenshot(page, 'editors-import-refused')
    const good = 'slug,name,name_zh,kind\nbulk-test-org,Bulk Test Org,批量测试机构,company\n'
    await page
      .locator('input[type="file"][aria-label="File to import"]')
      .setInputFiles({ name: 'organizations.csv', mimeType: 'text/csv', buffer: Buffer.from(good) })
    await page.getByRole('button', { name: 'Import', exact: true }).click()
    await expect
      .poll(() => report.textContent().catch(() => ''), { timeout: 15_000 })
      .toContain('Imported: 1 created, 0 updated, 0 unchanged')
    await screenshot(page, 'editors-import-done')
    await context.close()
  })

  it('offers Export in the list menu to editors', async () => {
    const context = await contextFor('bulk-editor@example.test')
    const { page } = await openPage(context)
    await page.goto(`${baseUrl}/admin/collections/editions`)
    await page.locator('.list-controls__popup').first().waitFor()
    await page.locator('.list-controls__popup button').first().click()
    await page.locator('.export-list-menu-item').first().waitFor({ timeout: 10_000 })
    expect(await page.locator('.export-list-menu-item').first().textContent()).toMatch(/Export/)
    await context.close()
  })

  it('shows no import panel to staff', async () => {
    const context = await contextFor('bulk-staff@example.test')
    const { page } = await openPage(context)
    await page.goto(`${baseUrl}/admin/collections/editions`)
    await page.locator('table, .collection-list').first().waitFor()
    expect(await page.getByText('Import from CSV or JSON').count()).toBe(0)
    await context.close()
  })
})
