import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Edition, Organization } from '../../src/payload-types'
import { seed } from '../../src/seed/seed'
import { testPayload } from '../helpers/payload'

let payload: Payload

async function snapshot() {
  const counts: Record<string, number> = {}
  for (const collection of ['editions', 'organizations', 'pages', 'users'] as const) {
    counts[collection] = (await payload.count({ collection })).totalDocs
  }
  for (const collection of ['editions', 'organizations', 'pages'] as const) {
    counts[`${collection} versions`] = (await payload.countVersions({ collection })).totalDocs
  }
  return counts
}

async function edition(year: number): Promise<Edition> {
  const { docs } = await payload.find({ collection: 'editions', where: { year: { equals: year } }, depth: 1 })
  return docs[0]
}

const hostSlugs = (e: Edition, role?: string) =>
  (e.hosts ?? []).filter((h) => !role || h.role === role).map((h) => (h.organization as Organization).slug)

beforeAll(async () => {
  payload = await testPayload()
})

describe('seed', () => {
  it('loads five published editions, every named organization and three pages on an empty database', async () => {
    const counts = await snapshot()
    expect(counts).toMatchObject({ editions: 5, organizations: 11, pages: 3 })
    const pages = await payload.find({ collection: 'pages', sort: 'slug' })
    expect(pages.docs.map((p) => p.slug)).toEqual(['about', 'contact-us', 'disclaimer'])
    const published = await payload.find({ collection: 'editions', where: { _status: { equals: 'published' } } })
    expect(published.totalDocs).toBe(5)
  })

  it('running it again changes nothing: no new documents, no new versions', async () => {
    const before = await snapshot()
    const report = await seed(payload)
    expect(report.created).toEqual([])
    expect(report.kept).toBe(19)
    expect(await snapshot()).toEqual(before)
  })

  it('never overwrites an editor’s change to a seeded item, and never deletes', async () => {
    const e2019 = await edition(2019)
    await payload.update({ collection: 'editions', id: e2019.id, data: { title: 'SCE 2019 (edited)' } })
    await seed(payload)
    expect((await edition(2019)).title).toBe('SCE 2019 (edited)')
  })

  it('records the facts of each edition', async () => {
    const e2018 = await edition(2018)
    expect([e2018.startDate.slice(0, 10), e2018.endDate?.slice(0, 10), e2018.format]).toEqual([
      '2018-08-23',
      '2018-08-25',
      'offline',
    ])
    expect(e2018.theme).toBe('Smart Technology: Empowering the Economy, Enriching Life')
    expect(hostSlugs(e2018, 'co-host')).toHaveLength(6)

    const e2019 = await edition(2019)
    expect([e2019.startDate.slice(0, 10), e2019.endDate?.slice(0, 10), e2019.venue]).toEqual([
      '2019-08-26',
      '2019-08-29',
      'Chongqing International Expo Center',
    ])

    const e2020 = await edition(2020)
    expect(e2020.format).toBe('online')
    expect([e2020.startDate.slice(0, 10), e2020.endDate?.slice(0, 10)]).toEqual(['2020-09-15', '2020-09-17'])
    expect(hostSlugs(e2020, 'co-host')).toHaveLength(6)
    expect(hostSlugs(e2020, 'new-co-host').sort()).toEqual([
      'cyberspace-administration-of-china',
      'ministry-of-trade-and-industry-singapore',
      'national-development-and-reform-commission',
    ])
    expect(e2020.concurrentEvents?.[0]).toMatchObject({ name: 'Singapore sub-event', location: 'Singapore' })

    const e2021 = await edition(2021)
    expect(e2021.format).toBe('hybrid')
    expect(e2021.concurrentEvents?.[0]?.name).toMatch(/SCO Digital Economy Industry Forum/)
    expect(e2021.activities?.length).toBeGreaterThanOrEqual(8)

    const e2022 = await edition(2022)
    expect([e2022.format, e2022.annualTheme, e2022.startDate.slice(0, 10), e2022.endDate ?? null]).toEqual([
      'online',
      'Smart City',
      '2022-08-22',
      null,
    ])
    expect(hostSlugs(e2022).sort()).toEqual(['changan-automobile', 'huawei'])
  })

  it('derives the editions an organization hosted from the editions themselves (join field)', async () => {
    const { docs } = await payload.find({
      collection: 'organizations',
      where: { slug: { equals: 'ministry-of-trade-and-industry-singapore' } },
    })
    const hosted = docs[0].hostedEditions?.docs as Edition[]
    expect(hosted.map((e) => e.year)).toEqual([2020])
    const cq = await payload.find({
      collection: 'organizations',
      where: { slug: { equals: 'chongqing-municipal-peoples-government' } },
    })
    expect((cq.docs[0].hostedEditions?.docs as Edition[]).map((e) => e.year)).toEqual([2018, 2019, 2020])
  })

  it('creates the admin named by SEED_ADMIN_EMAIL and SEED_ADMIN_PASSWORD only when both are set', async () => {
    const countAdmins = async () =>
      (await payload.count({ collection: 'users', where: { email: { equals: 'boss@example.test' } } })).totalDocs
    process.env.SEED_ADMIN_EMAIL = 'boss@example.test'
    await seed(payload)
    expect(await countAdmins()).toBe(0)
    process.env.SEED_ADMIN_PASSWORD = 'a-long-admin-password'
    try {
      const report = await seed(payload)
      expect(report.created).toEqual(['admin user boss@example.test'])
      await seed(payload)
      expect(await countAdmins()).toBe(1)
      const login = await payload.login({
        collection: 'users',
        data: { email: 'boss@example.test', password: 'a-long-admin-password' },
      })
      expect(login.user?.roles).toEqual(['admin'])
    } finally {
      delete process.env.SEED_ADMIN_EMAIL
      delete process.env.SEED_ADMIN_PASSWORD
    }
  })
})
