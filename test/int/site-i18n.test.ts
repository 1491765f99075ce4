import type { Payload } from 'payload'
import { beforeAll, describe, expect, it, vi } from 'vitest'

import { getContentLinks, getEdition, getEditions, getOrganization, getPage } from '../../src/site/content'
import { formatDateRange, formatHostingRecord } from '../../src/site/format'
import { counterpartPath, localizePath, stripLocale } from '../../src/site/locales'
import { languageAlternates } from '../../src/site/metadata'
import { queryTerms, searchContent } from '../../src/site/search'
import { testPayload } from '../helpers/payload'

// The data layer uncached (no Next server here); the /zh pages themselves are tested in the browser suite.
vi.mock('next/cache', () => import('../helpers/nextCacheOff'))

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
})

describe('content in Chinese', () => {
  it('reads the seeded Chinese names and summaries, and the same facts in English', async () => {
    const zh = await getEdition(2019, 'zh')
    expect(zh?.title).toBe('2019中国国际智能产业博览会')
    expect(zh?.venue).toBe('重庆国际博览中心')
    expect(zh?.summary).toContain('重庆国际博览中心')
    expect(zh?.hosts.map((h) => h.name)).toContain('重庆市人民政府')
    const en = await getEdition(2019, 'en')
    expect(en?.title).toBe('Smart China Expo 2019')
    expect(en?.venue).toBe('Chongqing International Expo Center')
    expect(en?.untranslated).toEqual([])
  })

  it('falls back to English where a translation is missing, and says which fields did', async () => {
    const zh = await getEdition(2019, 'zh')
    // The seed translates title and summary but not the body or the programme items.
    expect(zh?.untranslated).toEqual(['body'])
    const e2018 = await getEdition(2018, 'zh')
    expect(e2018?.activities).toEqual(['Conferences', 'Exhibitions', 'Competitions', 'Forums'])
    // The legal pages are seeded whole in Chinese (issue 16): nothing falls back.
    const page = await getPage('about', 'zh')
    expect(page?.title).toBe('关于本档案')
    expect(page?.untranslated).toEqual([])
    const org = await getOrganization('cyberspace-administration-of-china', 'zh')
    expect(org?.name).toBe('国家互联网信息办公室')
    expect(org?.untranslated).toEqual([])
  })

  it('shows an untranslated document entirely in English, flagged', async () => {
    const org = await payload.create({
      collection: 'organizations',
      data: { name: 'Harbour Robotics Ltd', slug: 'harbour-robotics', kind: 'company', _status: 'published' },
    })
    const zh = await getOrganization('harbour-robotics', 'zh')
    expect(zh?.name).toBe('Harbour Robotics Ltd')
    expect(zh?.untranslated).toEqual(['name', 'description'])
    await payload.delete({ collection: 'organizations', id: org.id })
  })

  it('never shows a draft translation', async () => {
    const e2022 = (await payload.find({ collection: 'editions', where: { year: { equals: 2022 } } })).docs[0]
    await payload.update({
      collection: 'editions',
      id: e2022.id,
      locale: 'zh',
      draft: true,
      data: { title: '草稿标题不应公开', _status: 'draft' },
    })
    expect((await getEdition(2022, 'zh'))?.title).toBe('2022中国国际智能产业博览会')
    expect((await getEditions('zh')).map((e) => e.title)).not.toContain('草稿标题不应公开')
    expect((await searchContent('草稿标题', 1, 'zh')).total).toBe(0)
  })

  it('links every Chinese item under /zh', async () => {
    const links = await getContentLinks('zh')
    expect(links.length).toBeGreaterThan(10)
    expect(links.every((l) => l.url.startsWith('/zh/'))).toBe(true)
    expect(links.find((l) => l.url === '/zh/editions/2020')?.title).toBe('2020线上中国国际智能产业博览会')
  })
})

describe('Chinese search', () => {
  it('finds 重庆 inside a sentence, with /zh links and the match marked', async () => {
    const result = await searchContent('重庆', 1, 'zh')
    expect(result.total).toBeGreaterThanOrEqual(5)
    const hit = result.hits.find((h) => h.url === '/zh/editions/2019')
    expect(hit).toBeDefined()
    expect(hit?.snippet.some((p) => p.match && p.text.includes('重庆'))).toBe(true)
    expect(result.hits.every((h) => h.url.startsWith('/zh/'))).toBe(true)
  })

  it('cuts a Chinese query into bigrams, so words apart in the text still match', async () => {
    expect(queryTerms('重庆智博会')).toEqual(['重庆', '庆智', '智博', '博会'])
    expect(queryTerms('国际博览中心')).toEqual(['国际', '际博', '博览', '览中', '中心'])
    expect(queryTerms('新加坡 Singapore')).toEqual(['新加', '加坡', 'singapore'])
    const venue = await searchContent('国际博览中心', 1, 'zh')
    expect(venue.hits[0]?.url).toBe('/zh/editions/2019')
    expect((await searchContent('新加坡贸易', 1, 'zh')).hits.map((h) => h.url)).toContain(
      '/zh/organizations/ministry-of-trade-and-industry-singapore',
    )
  })

  it('keeps the English index English', async () => {
    const result = await searchContent('Chongqing International Expo Center', 1, 'en')
    expect(result.hits[0]?.url).toBe('/editions/2019')
    expect((await searchContent('重庆', 1, 'en')).total).toBe(0)
  })
})

describe('localized formats and paths', () => {
  it('writes dates the Chinese way', () => {
    expect(formatDateRange('2019-08-26T12:00:00.000Z', '2019-08-29T12:00:00.000Z', 'zh')).toBe('2019年8月26日–29日')
    expect(formatDateRange('2019-08-30T12:00:00.000Z', '2019-09-02T12:00:00.000Z', 'zh')).toBe('2019年8月30日–9月2日')
    expect(formatDateRange('2022-08-22T12:00:00.000Z', null, 'zh')).toBe('2022年8月22日')
    expect(formatDateRange('2019-08-26T12:00:00.000Z', '2019-08-29T12:00:00.000Z')).toBe('26–29 August 2019')
    expect(
      formatHostingRecord(
        [
          { year: 2018, role: 'co-host' },
          { year: 2019, role: 'co-host' },
          { year: 2022, role: 'participant' },
        ],
        'zh',
      ),
    ).toBe('2018、2019年联合主办；2022年参与')
  })

  it('maps a path to its twin in the other language and back', () => {
    expect(localizePath('/', 'zh')).toBe('/zh')
    expect(localizePath('/editions/2019', 'zh')).toBe('/zh/editions/2019')
    expect(localizePath('/zh/editions/2019', 'en')).toBe('/editions/2019')
    expect(localizePath('/zh', 'en')).toBe('/')
    expect(stripLocale('/zh?q=1')).toBe('/?q=1')
    expect(stripLocale('/zhongguo')).toBe('/zhongguo')
    // The switcher: every page has a twin, the forms included.
    expect(counterpartPath('/editions/2019', 'zh')).toBe('/zh/editions/2019')
    expect(counterpartPath('/contact', 'zh')).toBe('/zh/contact')
    expect(counterpartPath('/removal-request?url=%2Feditions%2F2019', 'zh')).toBe(
      '/zh/removal-request?url=%2Feditions%2F2019',
    )
    expect(counterpartPath('/zh/counter-notice/sent', 'en')).toBe('/counter-notice/sent')
    expect(counterpartPath('/transparency', 'en')).toBe('/transparency')
    expect(counterpartPath('/contact-us', 'zh')).toBe('/zh/contact-us')
    // The Chinese not-found page the server sends for a missing address: the other home page.
    expect(counterpartPath('/zh/not-found-page', 'en')).toBe('/')
    expect(languageAlternates('/editions/2019')).toEqual({
      en: '/editions/2019',
      'zh-Hans': '/zh/editions/2019',
      'x-default': '/editions/2019',
    })
  })
})
