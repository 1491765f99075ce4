import { describe, expect, inject, it } from 'vitest'

import { browserForFile, openPage, screenshot, seriousAxeViolations } from './browser'

const baseUrl = inject('baseUrl')
const session = browserForFile()

describe('the archive in Chinese', () => {
  it('mirrors the English pages under /zh with <html lang>, Chinese dates and a language switcher', async () => {
    const { page, external } = await openPage(session.context)
    await page.goto(`${baseUrl}/editions/2019`)
    expect(await page.locator('html').getAttribute('lang')).toBe('en')
    await page.getByRole('link', { name: '简体中文' }).click()
    await page.waitForURL('**/zh/editions/2019')
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-Hans')
    expect(await page.locator('h1').textContent()).toBe('2019中国国际智能产业博览会')
    expect(await page.locator('dl').first().textContent()).toContain('2019年8月26日–29日')
    expect(await page.locator('dl').first().textContent()).toContain('重庆国际博览中心')
    // The body has no translation yet: shown in English, marked, and said so.
    expect(await page.locator('.untranslated-notice').textContent()).toContain('暂以英文显示')
    expect(await page.locator('section[aria-labelledby="about-edition"]').getAttribute('lang')).toBe('en')
    await screenshot(page, 'zh-edition-2019')

    await page.getByRole('link', { name: '重庆市人民政府' }).click()
    await page.waitForURL('**/zh/organizations/chongqing-municipal-peoples-government')
    expect(await page.locator('h1').textContent()).toBe('重庆市人民政府')

    await page.getByRole('link', { name: 'English' }).click()
    await page.waitForURL('**/organizations/chongqing-municipal-peoples-government')
    expect(new URL(page.url()).pathname).toBe('/organizations/chongqing-municipal-peoples-government')
    expect(await page.locator('h1').textContent()).toBe("Chongqing Municipal People's Government")
    expect(external).toEqual([])
    await page.close()
  })

  it('names both languages to search engines: hreflang alternates and a bilingual sitemap', async () => {
    const html = await (await fetch(`${baseUrl}/zh/editions/2021`)).text()
    expect(html).toContain(`<link rel="canonical" href="${baseUrl}/zh/editions/2021"/>`)
    expect(html).toContain(`<link rel="alternate" hrefLang="en" href="${baseUrl}/editions/2021"/>`)
    expect(html).toContain(`<link rel="alternate" hrefLang="zh-Hans" href="${baseUrl}/zh/editions/2021"/>`)
    const english = await (await fetch(`${baseUrl}/editions/2021`)).text()
    expect(english).toContain(`<link rel="alternate" hrefLang="zh-Hans" href="${baseUrl}/zh/editions/2021"/>`)
    const sitemap = await (await fetch(`${baseUrl}/sitemap.xml`)).text()
    expect(sitemap).toContain(`${baseUrl}/zh/editions/2021</loc>`)
    expect(sitemap).toContain(`${baseUrl}/editions/2021</loc>`)
    expect(sitemap).toMatch(/hreflang="zh-Hans"/)
  })

  it('finds 重庆 inside a sentence and links to the Chinese pages', async () => {
    const { page } = await openPage(session.context)
    await page.goto(`${baseUrl}/zh`)
    await page.getByRole('searchbox', { name: '搜索档案' }).first().fill('国际博览中心')
    await page.keyboard.press('Enter')
    await page.waitForURL(/\/zh\/search\?q=/)
    expect(await page.locator('ol li h3').first().textContent()).toBe('2019中国国际智能产业博览会')
    expect(await page.locator('ol li h3 a').first().getAttribute('href')).toBe('/zh/editions/2019')
    await page.goto(`${baseUrl}/zh/search?q=${encodeURIComponent('重庆')}`)
    expect(await page.locator('ol li').count()).toBeGreaterThanOrEqual(5)
    expect(await page.locator('mark').first().textContent()).toContain('重庆')
    await screenshot(page, 'zh-search')
    await page.close()
  })

  it('answers a missing Chinese page with a Chinese 404', async () => {
    const missing = await fetch(`${baseUrl}/zh/editions/1999`)
    expect(missing.status).toBe(404)
    expect(await missing.text()).toContain('未找到该页面')
  })

  it('switches the forms and the report to their Chinese twins (issue 16), never to a 404', async () => {
    for (const route of ['/contact', '/removal-request', '/transparency']) {
      const html = await (await fetch(`${baseUrl}${route}`)).text()
      const href = html.match(/<a href="([^"]*)" hrefLang="zh-Hans"/i)?.[1]
      expect(href, route).toBe(`/zh${route}`)
      expect((await fetch(`${baseUrl}${href}`)).status, route).toBe(200)
    }
  })

  for (const route of [
    '/zh',
    '/zh/editions',
    '/zh/editions/2020',
    '/zh/organizations',
    '/zh/about',
    '/zh/search?q=重庆',
    '/zh/removal-request',
    '/zh/contact',
    '/zh/counter-notice',
    '/zh/transparency',
    '/zh/no-such-page',
  ]) {
    it(`axe finds no serious or critical problem on ${route}`, async () => {
      const { page, external } = await openPage(session.context)
      await page.goto(`${baseUrl}${encodeURI(route)}`)
      expect(await seriousAxeViolations(page)).toEqual([])
      expect(external).toEqual([])
      await page.close()
    })
  }
})
