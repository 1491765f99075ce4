import { unstable_cache } from 'next/cache'

import type { EditionFormat, HostRole, OrganizationKind } from '../model/vocabulary'
import type { Edition, Organization, Page } from '../payload-types'
import { excerpt, lexicalToPlainText } from './lexicalText'
import { untranslatedFields } from './localeFallback'
import { DEFAULT_LOCALE, localizePath, type Locale } from './locales'
import { payloadClient } from './payloadClient'
import { routes } from './routes'
import { publicWhere } from './visibility'
import { CONTENT_TAG } from '../cache/revalidate'

// The public site's data layer: every page reads through these functions and nothing else.
// Reads run as the public (overrideAccess: false, no user) and are cached under CONTENT_TAG,
// which the collections' hooks purge on every publish, change or delete.
// Every read takes a locale: a field missing in Chinese falls back to English (Payload's
// fallbackLocale), and detail pages list which fields fell back so the site can say so.

export type EditionSummary = {
  year: number
  title: string
  slug: string
  startDate: string
  endDate: string | null
  venue: string | null
  city: string | null
  format: EditionFormat
  theme: string | null
  annualTheme: string | null
  summary: string
  updatedAt: string
}

/** Names of the fields shown in English because they have no translation in the requested locale. */
export type Untranslated = { untranslated: string[] }

export type HostRef = { name: string; slug: string; role: HostRole }

export type EditionDetail = EditionSummary & {
  hosts: HostRef[]
  concurrentEvents: {
    name: string
    location: string | null
    startDate: string | null
    endDate: string | null
    description: string | null
  }[]
  activities: string[]
  body: Edition['body']
  sources: { title: string; url: string | null; date: string | null }[]
  previous: { year: number; title: string } | null
  next: { year: number; title: string } | null
} & Untranslated

export type OrganizationSummary = {
  name: string
  slug: string
  kind: OrganizationKind
  country: string | null
  website: string | null
  description: string | null
  updatedAt: string
}

/** An organization in the list, with its part in each published edition (year order). */
export type OrganizationListItem = Pick<OrganizationSummary, 'name' | 'slug' | 'kind' | 'country' | 'updatedAt'> & {
  editions: { year: number; role: HostRole }[]
}

export type OrganizationDetail = OrganizationSummary & {
  hosted: { year: number; title: string; role: HostRole }[]
} & Untranslated

export type PageDetail = {
  title: string
  slug: string
  description: string | null
  body: Page['body']
  updatedAt: string
} & Untranslated

const localeArgs = (locale: Locale) => ({ locale, fallbackLocale: DEFAULT_LOCALE })

/** The one published, visible item under `slug`, read as the public. */
const publicBySlug = (slug: string) =>
  ({ where: publicWhere({ slug: { equals: slug } }), limit: 1, overrideAccess: false }) as const

const cached = <Args extends unknown[], R>(name: string, fn: (...args: Args) => Promise<R>) =>
  unstable_cache(fn, [`site:${name}`], { tags: [CONTENT_TAG] })

// Lists read only what a list shows: the bodies, sources and programmes stay in the database.
const EDITION_SUMMARY_FIELDS = {
  year: true,
  title: true,
  slug: true,
  startDate: true,
  endDate: true,
  venue: true,
  city: true,
  format: true,
  theme: true,
  annualTheme: true,
  summary: true,
  updatedAt: true,
} as const

type EditionSummaryDoc = Pick<Edition, 'year' | 'title' | 'slug' | 'startDate' | 'format' | 'updatedAt'> &
  Partial<Pick<Edition, 'endDate' | 'venue' | 'city' | 'theme' | 'annualTheme' | 'summary'>>

function toSummary(doc: EditionSummaryDoc): EditionSummary {
  return {
    year: doc.year,
    title: doc.title,
    slug: doc.slug,
    startDate: doc.startDate,
    endDate: doc.endDate ?? null,
    venue: doc.venue ?? null,
    city: doc.city ?? null,
    format: doc.format,
    theme: doc.theme ?? null,
    annualTheme: doc.annualTheme ?? null,
    summary: lexicalToPlainText(doc.summary),
    updatedAt: doc.updatedAt,
  }
}

export const getEditions = cached('editions', async (locale: Locale = DEFAULT_LOCALE): Promise<EditionSummary[]> => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    ...localeArgs(locale),
    collection: 'editions',
    where: publicWhere(),
    sort: 'year',
    depth: 0,
    pagination: false,
    overrideAccess: false,
    select: EDITION_SUMMARY_FIELDS,
  })
  return docs.map(toSummary)
})

export const getEdition = cached(
  'edition',
  async (year: number, locale: Locale = DEFAULT_LOCALE): Promise<EditionDetail | null> => {
    if (!Number.isInteger(year)) return null
    const payload = await payloadClient()
    const { docs } = await payload.find({
      ...localeArgs(locale),
      collection: 'editions',
      where: publicWhere({ year: { equals: year } }),
      depth: 1,
      limit: 1,
      overrideAccess: false,
      populate: { organizations: { name: true, slug: true } },
    })
    const doc = docs[0]
    if (!doc) return null
    const [all, untranslated] = await Promise.all([
      getEditions(locale),
      untranslatedFields('editions', doc.id, ['title', 'summary', 'body'], locale),
    ])
    return toEditionDetail(doc, all, untranslated)
  },
)

/** An edition document as its page shows it; `published` (year order) gives the previous and next ones. */
export function toEditionDetail(doc: Edition, published: EditionSummary[], untranslated: string[]): EditionDetail {
  const index = published.findIndex((e) => e.year === doc.year)
  const neighbour = (e?: EditionSummary) => (e ? { year: e.year, title: e.title } : null)
  return {
    ...toSummary(doc),
    // A host whose organization is unpublished is returned as an id only; the public does not see it.
    hosts: (doc.hosts ?? []).flatMap((h) =>
      typeof h.organization === 'object' && h.organization
        ? [{ name: h.organization.name, slug: h.organization.slug, role: h.role }]
        : [],
    ),
    concurrentEvents: (doc.concurrentEvents ?? []).map((e) => ({
      name: e.name ?? '',
      location: e.location ?? null,
      startDate: e.startDate ?? null,
      endDate: e.endDate ?? null,
      description: e.description ?? null,
    })),
    activities: (doc.activities ?? []).flatMap((a) => (a.name ? [a.name] : [])),
    body: doc.body,
    sources: (doc.sources ?? []).map((s) => ({
      title: s.title ?? s.url ?? '',
      url: s.url ?? null,
      date: s.date ?? null,
    })),
    // An edition not (yet) in the published list, as in a preview of a new one, has no neighbours.
    previous: index > 0 ? neighbour(published[index - 1]) : null,
    next: index >= 0 ? neighbour(published[index + 1]) : null,
    untranslated,
  }
}

function toOrganizationSummary(doc: Organization): OrganizationSummary {
  return {
    name: doc.name,
    slug: doc.slug,
    kind: doc.kind,
    country: doc.country ?? null,
    website: doc.website ?? null,
    description: doc.description ?? null,
    updatedAt: doc.updatedAt,
  }
}

export const getOrganizations = cached(
  'organizations',
  async (locale: Locale = DEFAULT_LOCALE): Promise<OrganizationListItem[]> => {
    const payload = await payloadClient()
    const [organizations, editions] = await Promise.all([
      payload.find({
        ...localeArgs(locale),
        collection: 'organizations',
        where: publicWhere(),
        sort: 'name',
        depth: 0,
        pagination: false,
        overrideAccess: false,
        joins: false,
        select: { name: true, slug: true, kind: true, country: true, updatedAt: true },
      }),
      payload.find({
        collection: 'editions',
        where: publicWhere(),
        sort: 'year',
        depth: 0,
        pagination: false,
        overrideAccess: false,
        select: { year: true, hosts: true },
      }),
    ])
    // One pass over the editions instead of a query per organization.
    const partsByOrganization = new Map<string | number, OrganizationListItem['editions']>()
    for (const edition of editions.docs) {
      for (const host of edition.hosts ?? []) {
        const id = typeof host.organization === 'object' ? host.organization.id : host.organization
        partsByOrganization.set(id, [...(partsByOrganization.get(id) ?? []), { year: edition.year, role: host.role }])
      }
    }
    return organizations.docs.map((doc) => ({
      name: doc.name,
      slug: doc.slug,
      kind: doc.kind,
      country: doc.country ?? null,
      updatedAt: doc.updatedAt,
      editions: partsByOrganization.get(doc.id) ?? [],
    }))
  },
)

export const getOrganization = cached(
  'organization',
  async (slug: string, locale: Locale = DEFAULT_LOCALE): Promise<OrganizationDetail | null> => {
    const payload = await payloadClient()
    const { docs } = await payload.find({
      ...localeArgs(locale),
      collection: 'organizations',
      ...publicBySlug(slug),
      depth: 0,
      joins: false,
    })
    const doc = docs[0]
    if (!doc) return null
    // The hosting roles live on the editions; read them from there, published editions only.
    const untranslated = await untranslatedFields('organizations', doc.id, ['name', 'description'], locale)
    const editions = await payload.find({
      ...localeArgs(locale),
      collection: 'editions',
      where: publicWhere({ 'hosts.organization': { equals: doc.id } }),
      sort: 'year',
      depth: 0,
      pagination: false,
      overrideAccess: false,
      select: { year: true, title: true, hosts: true },
    })
    return {
      ...toOrganizationSummary(doc),
      hosted: editions.docs.map((e) => ({
        year: e.year,
        title: e.title,
        role: (e.hosts ?? []).find((h) => h.organization === doc.id)?.role ?? 'co-host',
      })),
      untranslated,
    }
  },
)

export const getPage = cached(
  'page',
  async (slug: string, locale: Locale = DEFAULT_LOCALE): Promise<PageDetail | null> => {
    const payload = await payloadClient()
    const { docs } = await payload.find({
      ...localeArgs(locale),
      collection: 'pages',
      ...publicBySlug(slug),
      depth: 1,
    })
    const doc = docs[0]
    if (!doc) return null
    const untranslated = await untranslatedFields('pages', doc.id, ['title', 'body'], locale)
    return toPageDetail(doc, untranslated)
  },
)

export function toPageDetail(doc: Page, untranslated: string[]): PageDetail {
  return {
    title: doc.title,
    slug: doc.slug,
    description: doc.description ?? null,
    body: doc.body,
    updatedAt: doc.updatedAt,
    untranslated,
  }
}

export const getPages = cached(
  'pages',
  async (locale: Locale = DEFAULT_LOCALE): Promise<{ title: string; slug: string; updatedAt: string }[]> => {
    const payload = await payloadClient()
    const { docs } = await payload.find({
      ...localeArgs(locale),
      collection: 'pages',
      where: publicWhere(),
      sort: 'title',
      depth: 0,
      pagination: false,
      overrideAccess: false,
      select: { title: true, slug: true, updatedAt: true },
    })
    return docs.map((d) => ({ title: d.title, slug: d.slug, updatedAt: d.updatedAt }))
  },
)

/** Plain text of an edition's body, for descriptions when the summary is empty. */
export function editionDescription(edition: EditionSummary): string {
  return excerpt(edition.summary || `${edition.title}: ${edition.theme ?? ''}`, 160)
}

export type ContentLink = { title: string; url: string; updatedAt: string; kind: 'edition' | 'organization' | 'page' }

/** Every public URL with its last change, for the sitemap and "latest changes". */
export async function getContentLinks(locale: Locale = DEFAULT_LOCALE): Promise<ContentLink[]> {
  const [editions, organizations, pages] = await Promise.all([
    getEditions(locale),
    getOrganizations(locale),
    getPages(locale),
  ])
  const l = (path: string) => localizePath(path, locale)
  return [
    ...editions.map((e) => ({
      title: e.title,
      url: l(routes.edition(e.year)),
      updatedAt: e.updatedAt,
      kind: 'edition' as const,
    })),
    ...organizations.map((o) => ({
      title: o.name,
      url: l(routes.organization(o.slug)),
      updatedAt: o.updatedAt,
      kind: 'organization' as const,
    })),
    ...pages.map((p) => ({
      title: p.title,
      url: l(routes.page(p.slug)),
      updatedAt: p.updatedAt,
      kind: 'page' as const,
    })),
  ]
}

export async function getLatestChanges(limit = 5, locale: Locale = DEFAULT_LOCALE): Promise<ContentLink[]> {
  return (await getContentLinks(locale)).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)).slice(0, limit)
}
