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

  it('answers a publish "Published." and lists each version with its time, status and who saved it', async () => {
    // A draft saved through the API leaves changes to publish, as an editor's typing would.
    await api.request('PATCH', `editions/${editionId}?draft=true&depth=0`, {})
    const { page } = await openPage(session.context)
    await page.goto(`${baseUrl}/admin/collections/editions/${editionId}?locale=en`)
    await page.locator('input[name="title"]').waitFor()
    await page.locator('#action-save').click()
    await page.locator('[data-sonner-toast]', { hasText: 'Published.' }).waitFor({ timeout: 15_000 })
    expect(await page.locator('[data-sonner-toast]', { hasText: 'Updated successfully' }).count()).toBe(0)

    await page.goto(`${baseUrl}/admin/collections/editions/${editionId}/versions`)
    await page.locator('table tbody tr').first().waitFor()
    const row = page.locator('table tbody tr').first()
    // The time renders in the browser's zone (a client cell): poll for it, to the second.
    await expect.poll(async () => (await row.textContent()) ?? '', { timeout: 10_000 }).toMatch(/\d{2}:\d{2}:\d{2}/)
    const cells = await row.locator('td').allTextContents()
    expect(cells[1]).toBe('Published · on the site · latest')
    expect(cells[2]).toBe('e2e-admin@example.test')
    expect(await page.locator('thead th').allTextContents()).toEqual(['Saved at', 'Status', 'Saved by', 'Version ID'])
    // Each row opens Payload's compare view for that version.
    const href = await row.locator('a').first().getAttribute('href')
    expect(href).toMatch(new RegExp(`/admin/collections/editions/${editionId}/versions/\\w+$`))
    await screenshot(page, 'editors-versions')
    await page.goto(`${baseUrl}${href}`)
    await page.getByText('Restore').first().waitFor({ timeout: 15_000 })
    await page.close()
  })

  it('lists organizations with their status and nothing left over from an abandoned form', async () => {
    const { page } = await openPage(session.context)
    await page.goto(`${baseUrl}/admin/collections/organizations?limit=10`)
    await page.locator('table tbody tr').first().waitFor()
    expect((await page.locator('table tbody').textContent()) ?? '').not.toContain('<No Name>')
    await screenshot(page, 'editors-list')
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

describe('no phantom drafts', () => {
  it('leaves nothing behind when Create New is opened and left', async () => {
    const count = async () => (await api.request('GET', 'organizations?draft=true&limit=1&depth=0')).totalDocs
    const before = await count()
    const { page } = await openPage(session.context)
    await page.goto(`${baseUrl}/admin/collections/organizations/create`)
    await page.locator('input[name="name"]').waitFor()
    // Longer than the autosave interval (2 s): an autosave would have stored a draft by now.
    await page.waitForTimeout(3_000)
    expect(new URL(page.url()).pathname).toBe('/admin/collections/organizations/create')
    await page.goto(`${baseUrl}/admin/collections/organizations`)
    await page.locator('table').first().waitFor()
    expect(await page.locator('table').first().textContent()).not.toContain('<No Name>')
    expect(await count()).toBe(before)
    await page.close()
  })
})

describe('publishing in 中文', () => {
  it('keeps untranslated fields empty over two publishes, and /zh still marks the fallback', async () => {
    const paragraph = (text: string) => ({
      root: {
        type: 'root',
        direction: 'ltr',
        format: '',
        indent: 0,
        version: 1,
        children: [
          {
            type: 'paragraph',
            direction: 'ltr',
            format: '',
            indent: 0,
            version: 1,
            children: [{ type: 'text', text, detail: 0, format: 0, mode: 'normal', style: '', version: 1 }],
          },
        ],
      },
    })
    const { doc } = await api.request('POST', 'editions?depth=0', {
      year: 2097,
      slug: 'e2e-expo-2097',
      title: 'E2E Expo 2097',
      startDate: '2097-05-01T12:00:00.000Z',
      format: 'offline',
      city: 'Chongqing',
      body: paragraph('An English body that nobody has translated.'),
      activities: [{ name: 'Opening forum' }],
      _status: 'published',
    })
    try {
      await api.request('PATCH', `editions/${doc.id}?locale=zh&depth=0`, { title: 'E2E 博览会 2097' })
      const { page } = await openPage(session.context)
      for (const theme of ['第一次发布', '第二次发布']) {
        await page.goto(`${baseUrl}/admin/collections/editions/${doc.id}?locale=zh`)
        const field = page.locator('input[name="theme"]')
        await field.waitFor()
        await field.fill(theme)
        await page.locator('#action-save').click()
        await expect
          .poll(async () => (await api.request('GET', `editions/${doc.id}?locale=zh&depth=0`)).theme)
          .toBe(theme)
        // What the form now holds is what the next publish sends.
        await expect.poll(() => page.locator('input[name="activities.0.name"]').inputValue()).toBe('')
      }
      await page.close()
      const stored = await api.request('GET', `editions/${doc.id}?locale=zh&fallback-locale=null&depth=0`)
      expect(stored.body ?? null).toBeNull()
      expect(stored.activities[0].name ?? null).toBeNull()
      const zhPage = await (await fetch(`${baseUrl}/zh/editions/2097`, { cache: 'no-store' })).text()
      expect(zhPage).toContain('本页部分内容尚未翻译')
    } finally {
      await api.request('DELETE', `editions/${doc.id}`)
    }
  })
})

describe('array rows say what they hold', () => {
  it('labels hosts by organization and role, activities by name, sources by title', async () => {
    const edition = await api.request('GET', `editions/${editionId}?depth=1&locale=en`)
    const host = edition.hosts[0]
    const roleLabel = {
      host: 'Host',
      'co-host': 'Co-host',
      'new-co-host': 'New co-host',
      partner: 'Partner',
      participant: 'Participant',
    }[host.role as string]
    const { page } = await openPage(session.context)
    await page.goto(`${baseUrl}/admin/collections/editions/${editionId}?locale=en`)
    await page.locator('input[name="title"]').waitFor()
    const labels = page.locator('.row-label')
    await expect
      .poll(async () => (await labels.allTextContents()).join('\n'))
      .toContain(`${host.organization.name} · ${roleLabel}`)
    // Each host row looks its organization up on its own: wait until every one has its name.
    await expect
      .poll(async () => (await labels.allTextContents()).join('\n'), { timeout: 10_000 })
      .not.toMatch(/\bHost 0\d\b/)
    const texts = (await labels.allTextContents()).join('\n')
    if (edition.activities?.length) expect(texts).toContain(edition.activities[0].name)
    if (edition.sources?.length) expect(texts).toContain(edition.sources[0].title)
    await screenshot(page, 'editors-row-labels')
    await page.close()
  })
})
