import type { Payload } from 'payload'

import { editionsZh, organizationsZh, pagesZh } from './chinese'
import { editions, SOURCE } from './editions'
import { paragraph, richText } from './lexical'
import { organizations } from './organizations'
import { pages } from './pages'
import { env } from '../config/env'

export type SeedReport = { created: string[]; kept: number }

// Seeding runs outside Next (CLI, start-up); there is no page cache to purge.
const context = { disableRevalidate: true }

/**
 * Loads the expo record. Each item is keyed by its natural key (organization and page
 * slug, edition year) and created only when missing: a second run changes nothing, and
 * an editor's later changes to a seeded item are never overwritten.
 */
export async function seed(payload: Payload, log: (line: string) => void = () => {}): Promise<SeedReport> {
  const report: SeedReport = { created: [], kept: 0 }
  const orgIds = new Map<string, number | string>()

  for (const [i, org] of organizations.entries()) {
    const existing = await findOne(payload, 'organizations', 'slug', org.slug)
    if (existing) {
      orgIds.set(org.slug, existing.id)
      report.kept++
    } else {
      const doc = await payload.create({ collection: 'organizations', data: { ...org, _status: 'published' }, context })
      const zh = organizationsZh[org.slug]
      if (zh)
        await payload.update({
          collection: 'organizations',
          id: doc.id,
          locale: 'zh',
          data: { ...zh, _status: 'published' },
          context,
        })
      orgIds.set(org.slug, doc.id)
      report.created.push(`organization ${org.slug}`)
    }
    log(`organizations ${i + 1}/${organizations.length}`)
  }

  for (const [i, edition] of editions.entries()) {
    if (await findOne(payload, 'editions', 'year', edition.year)) {
      report.kept++
    } else {
      const doc = await payload.create({
        collection: 'editions',
        context,
        data: {
          ...edition,
          _status: 'published',
          startDate: atNoonUtc(edition.startDate)!,
          endDate: atNoonUtc(edition.endDate),
          concurrentEvents: edition.concurrentEvents.map((event) => ({
            ...event,
            startDate: atNoonUtc(event.startDate),
            endDate: atNoonUtc(event.endDate),
          })),
          hosts: edition.hosts.map(({ organization, role }) => {
            const id = orgIds.get(organization)
            if (id === undefined)
              throw new Error(`seed: edition ${edition.year} names unknown organization "${organization}"`)
            return { organization: id as number, role }
          }),
          activities: edition.activities.map((name) => ({ name })),
          summary: richText(paragraph(edition.summary)),
          body: richText(...edition.body),
          sources: [{ title: SOURCE.title }],
        },
      })
      const zh = editionsZh[edition.year]
      if (zh) {
        await payload.update({
          collection: 'editions',
          id: doc.id,
          locale: 'zh',
          context,
          data: { ...zh, summary: richText(paragraph(zh.summary)), _status: 'published' },
        })
      }
      report.created.push(`edition ${edition.year}`)
    }
    log(`editions ${i + 1}/${editions.length}`)
  }

  for (const [i, page] of pages.entries()) {
    if (await findOne(payload, 'pages', 'slug', page.slug)) {
      report.kept++
    } else {
      const doc = await payload.create({
        collection: 'pages',
        context,
        data: { ...page, _status: 'published' } as never,
      })
      const zh = pagesZh[page.slug]
      if (zh)
        await payload.update({
          collection: 'pages',
          id: doc.id,
          locale: 'zh',
          context,
          data: { ...zh, _status: 'published' },
        })
      report.created.push(`page ${page.slug}`)
    }
    log(`pages ${i + 1}/${pages.length}`)
  }

  const admin = await seedAdmin(payload)
  if (admin) report.created.push(admin)
  return report
}

/** Seeds only a database that has no expo content at all, so deleting one item does not bring it back. */
export async function seedIfEmpty(payload: Payload): Promise<SeedReport | null> {
  for (const collection of ['editions', 'organizations', 'pages'] as const) {
    const { totalDocs } = await payload.count({ collection, overrideAccess: true })
    if (totalDocs > 0) {
      await seedAdmin(payload)
      return null
    }
  }
  payload.logger.info('Empty database: loading the expo record (seed).')
  const report = await seed(payload)
  payload.logger.info(`Seed: created ${report.created.length} items.`)
  return report
}

/** Creates the admin named by SEED_ADMIN_EMAIL/SEED_ADMIN_PASSWORD, if both are set and it does not exist. */
async function seedAdmin(payload: Payload): Promise<string | null> {
  const { SEED_ADMIN_EMAIL, SEED_ADMIN_PASSWORD: password } = env()
  const email = SEED_ADMIN_EMAIL?.trim().toLowerCase()
  if (!email || !password) return null
  if (await findOne(payload, 'users', 'email', email)) return null
  await payload.create({
    collection: 'users',
    data: { email, password, roles: ['admin'], name: 'Administrator' },
    context,
  })
  return `admin user ${email}`
}

/** Calendar days are stored at noon UTC so they read as the same day in every time zone. */
function atNoonUtc(day: string | undefined): string | undefined {
  return day ? `${day}T12:00:00.000Z` : undefined
}

async function findOne(
  payload: Payload,
  collection: 'organizations' | 'editions' | 'pages' | 'users',
  field: string,
  value: string | number,
) {
  const { docs } = await payload.find({
    collection,
    where: { [field]: { equals: value } },
    limit: 1,
    depth: 0,
    draft: true,
    overrideAccess: true,
    pagination: false,
  })
  return docs[0] ?? null
}
