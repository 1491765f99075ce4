import type { Payload } from 'payload'
import { beforeAll, describe, expect, it, vi } from 'vitest'

import {
  getContentLinks,
  getEdition,
  getEditions,
  getOrganization,
  getOrganizations,
  getPage,
} from '../../src/site/content'
import { formatDateRange, formatHostingRecord } from '../../src/site/format'
import { queryTerms, searchContent } from '../../src/site/search'
import { validEdition } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'

// Outside a Next server there is no data cache; the data layer's logic is tested uncached
// here, and its caching and revalidation end to end in test/e2e/freshness.test.ts.
vi.mock('next/cache', () => import('../helpers/nextCacheOff'))

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
  // A draft edition and an unpublished organization that must stay invisible everywhere.
  const hiddenOrg = await payload.create({
    collection: 'organizations',
    data: { name: 'Secret Sponsor Ltd', slug: 'secret-sponsor', kind: 'company', _status: 'draft' },
    draft: true,
  })
  await payload.create({
    collection: 'editions',
    data: { ...validEdition(2035), title: 'Draft Expo Zebra', _status: 'draft' },
    draft: true,
  })
  const e2019 = (await payload.find({ collection: 'editions', where: { year: { equals: 2019 } } })).docs[0]
  await payload.update({
    collection: 'editions',
    id: e2019.id,
    data: {
      hosts: [
        ...(e2019.hosts ?? []).map((h) => ({
          ...h,
          organization: typeof h.organization === 'object' ? h.organization.id : h.organization,
        })),
        { organization: hiddenOrg.id, role: 'partner' },
      ],
    },
  })
})

describe('site data layer', () => {
  it('lists the published editions in year order with plain-text summaries', async () => {
    const editions = await getEditions()
    expect(editions.map((e) => e.year)).toEqual([2018, 2019, 2020, 2021, 2022])
    expect(editions[0].summary).toMatch(/^The first edition/)
  })

  it('gives an edition with hosts, events, programme, sources and its neighbours', async () => {
    const e = await getEdition(2020)
    expect(e?.hosts.filter((h) => h.role === 'new-co-host').map((h) => h.name)).toEqual([
      'National Development and Reform Commission',
      'Cyberspace Administration of China',
      'Ministry of Trade and Industry of Singapore',
    ])
    expect(e?.concurrentEvents[0].name).toBe('Singapore sub-event')
    expect(e?.activities).toContain('Signings')
    expect(e?.previous?.year).toBe(2019)
    expect(e?.next?.year).toBe(2021)
    expect(await getEdition(2018).then((x) => x?.previous)).toBeNull()
  })

  it('never returns drafts or unpublished organizations', async () => {
    expect(await getEdition(2035)).toBeNull()
    expect((await getEdition(2019))?.hosts.map((h) => h.name)).not.toContain('Secret Sponsor Ltd')
    expect(await getOrganization('secret-sponsor')).toBeNull()
    const links = await getContentLinks()
    expect(links.map((l) => l.url)).not.toContain('/organizations/secret-sponsor')
    expect(links.map((l) => l.url)).not.toContain('/editions/2035')
    expect((await searchContent('zebra')).total).toBe(0)
    expect((await searchContent('secret sponsor')).total).toBe(0)
  })

  it('derives the editions an organization hosted, with its role in each', async () => {
    const cas = await getOrganization('chinese-academy-of-sciences')
    expect(cas?.hosted.map((h) => [h.year, h.role])).toEqual([
      [2018, 'co-host'],
      [2019, 'co-host'],
      [2020, 'co-host'],
    ])
  })

  it('lists each organization with its part in every published edition', async () => {
    const organizations = await getOrganizations()
    const cas = organizations.find((o) => o.slug === 'chinese-academy-of-sciences')
    expect(cas?.editions).toEqual([
      { year: 2018, role: 'co-host' },
      { year: 2019, role: 'co-host' },
      { year: 2020, role: 'co-host' },
    ])
    expect(formatHostingRecord(cas!.editions)).toBe('Co-host in 2018, 2019 and 2020')
    expect(
      formatHostingRecord([
        { year: 2020, role: 'new-co-host' },
        { year: 2021, role: 'co-host' },
      ]),
    ).toBe('Co-host in 2021; new co-host in 2020')
    expect(organizations.map((o) => o.slug)).not.toContain('secret-sponsor')
  })

  it('returns CMS pages by slug', async () => {
    expect((await getPage('disclaimer'))?.title).toBe('Disclaimer')
    expect(await getPage('nope')).toBeNull()
  })

  it('formats calendar day ranges', () => {
    expect(formatDateRange('2018-08-23T12:00:00.000Z', '2018-08-25T12:00:00.000Z')).toBe('23–25 August 2018')
    expect(formatDateRange('2022-08-22T12:00:00.000Z', null)).toBe('22 August 2022')
    expect(formatDateRange('2019-08-30T12:00:00.000Z', '2019-09-02T12:00:00.000Z')).toBe('30 August – 2 September 2019')
  })
})

describe('search', () => {
  it('finds editions by host name and venue, best match first', async () => {
    const byHost = await searchContent('Cyberspace Administration')
    expect(byHost.hits.map((h) => h.title)).toEqual(
      expect.arrayContaining(['2020 Online Smart China Expo', 'Cyberspace Administration of China']),
    )
    const byVenue = await searchContent('Chongqing International Expo Center')
    expect(byVenue.hits[0].title).toBe('Smart China Expo 2019')
    expect(byVenue.hits[0].snippet.filter((p) => p.match).map((p) => p.text)).toEqual([
      'Chongqing International Expo Center',
      'Chongqing',
    ])
    const byTheme = await searchContent('smart city')
    expect(byTheme.hits[0].title).toBe('Smart China Expo 2022')
  })

  it('highlights the matched words in the snippet', async () => {
    const { hits } = await searchContent('singapore')
    const marked = hits.flatMap((h) => h.snippet.filter((p) => p.match).map((p) => p.text.toLowerCase()))
    expect(marked.length).toBeGreaterThan(0)
    expect(new Set(marked)).toEqual(new Set(['singapore']))
  })

  it('requires every word to match', async () => {
    expect((await searchContent('singapore huawei')).total).toBe(0)
  })

  it('pages through results and clamps out-of-range pages', async () => {
    const first = await searchContent('expo', 1)
    expect(first.total).toBeGreaterThan(10)
    expect(first.hits).toHaveLength(10)
    const second = await searchContent('expo', 2)
    expect(second.hits.length).toBe(first.total - 10)
    expect((await searchContent('expo', 99)).page).toBe(second.pages)
    expect((await searchContent('expo', -3)).page).toBe(1)
  })

  it('treats empty, symbol-only and overlong queries gently', async () => {
    expect(await searchContent('')).toMatchObject({ total: 0, terms: [] })
    expect(await searchContent('%%% *** ;--')).toMatchObject({ total: 0, terms: [] })
    expect((await searchContent('x'.repeat(10_000))).query).toHaveLength(200)
    expect(queryTerms("'; DROP TABLE editions; --")).toEqual(['drop', 'table', 'editions'])
  })
})
