import { randomUUID } from 'node:crypto'

import { unstable_cache } from 'next/cache'

import { dictionary } from './i18n'
import { lexicalToPlainText } from './lexicalText'
import { DEFAULT_LOCALE, localizePath, type Locale } from './locales'
import { payloadClient } from './payloadClient'
import { routes } from './routes'
import { publicWhere } from './visibility'
import { CONTENT_TAG } from '../cache/revalidate'

type FieldName = 'title' | 'year' | 'hosts' | 'theme' | 'venue' | 'summary' | 'body'
/** `lower` is computed once here so a search does not lower-case every text again. */
export type SearchField = { name: FieldName; text: string; lower: string; weight: number }
export type SearchDocument = {
  kind: 'edition' | 'organization' | 'page'
  url: string
  title: string
  subtitle: string
  fields: SearchField[]
}

/**
 * Everything a visitor can find, as plain-text fields with weights (titles and names count
 * most), read as the public from published content only, with only the fields search needs.
 */
function field(name: FieldName, text: string, weight: number): SearchField {
  const flat = text.replace(/\s+/g, ' ').trim()
  return { name, text: flat, lower: flat.toLowerCase(), weight }
}

/** One index per language: the Chinese one holds the Chinese text (English where untranslated) and /zh links. */
async function loadSearchDocuments(locale: Locale): Promise<SearchDocument[]> {
  const payload = await payloadClient()
  const common = {
    where: publicWhere(),
    pagination: false,
    overrideAccess: false,
    locale,
    fallbackLocale: DEFAULT_LOCALE,
  } as const
  // Format and kind in the results' language, as on the pages themselves.
  const t = dictionary(locale)
  const routesIn = {
    edition: (year: number) => localizePath(routes.edition(year), locale),
    organization: (slug: string) => localizePath(routes.organization(slug), locale),
    page: (slug: string) => localizePath(routes.page(slug), locale),
  }
  const [editions, organizations, pages] = await Promise.all([
    payload.find({
      ...common,
      collection: 'editions',
      depth: 1,
      populate: { organizations: { name: true } },
      select: {
        year: true,
        title: true,
        format: true,
        city: true,
        venue: true,
        theme: true,
        annualTheme: true,
        hosts: true,
        summary: true,
        body: true,
        activities: true,
        concurrentEvents: true,
      },
    }),
    payload.find({
      ...common,
      collection: 'organizations',
      depth: 0,
      joins: false,
      select: { name: true, slug: true, kind: true, country: true, description: true },
    }),
    payload.find({
      ...common,
      collection: 'pages',
      depth: 0,
      select: { title: true, slug: true, description: true, body: true },
    }),
  ])
  return [
    ...editions.docs.map((e): SearchDocument => ({
      kind: 'edition',
      url: routesIn.edition(e.year),
      title: e.title,
      subtitle: [String(e.year), e.format && t.format_(e.format), e.city].filter(Boolean).join(' · '),
      fields: [
        field('title', e.title, 5),
        field('year', String(e.year), 5),
        field(
          'hosts',
          (e.hosts ?? [])
            .map((h) => (typeof h.organization === 'object' ? h.organization?.name : ''))
            .filter(Boolean)
            .join(', '),
          3,
        ),
        field('theme', [e.theme, e.annualTheme].filter(Boolean).join(' — '), 2),
        field('venue', [e.venue, e.city].filter(Boolean).join(', '), 2),
        field('summary', lexicalToPlainText(e.summary), 1.5),
        field(
          'body',
          [
            lexicalToPlainText(e.body),
            ...(e.activities ?? []).map((a) => a.name),
            ...(e.concurrentEvents ?? []).map((c) => c.name),
          ].join('\n'),
          1,
        ),
      ],
    })),
    ...organizations.docs.map((o): SearchDocument => ({
      kind: 'organization',
      url: routesIn.organization(o.slug),
      title: o.name,
      subtitle: [o.kind && t.orgKind(o.kind), o.country].filter(Boolean).join(' · '),
      fields: [field('title', o.name, 5), field('body', o.description ?? '', 1)],
    })),
    ...pages.docs.map((p): SearchDocument => ({
      kind: 'page',
      url: routesIn.page(p.slug),
      title: p.title,
      subtitle: '',
      fields: [
        field('title', p.title, 5),
        field('summary', p.description ?? '', 1.5),
        field('body', lexicalToPlainText(p.body), 1),
      ],
    })),
  ]
}

/**
 * A stamp that changes whenever published content does: a fresh id cached under CONTENT_TAG,
 * so the hooks that purge the pages also tell every server process its index is stale.
 */
const getContentGeneration = unstable_cache(async () => randomUUID(), ['site:content-generation'], {
  tags: [CONTENT_TAG],
})

let askingGeneration: Promise<string> | undefined

/**
 * Searches that arrive together share one look-up of the stamp: when it is not cached yet (or
 * was just purged), each look-up could make a stamp of its own, and each stamp an index build of
 * its own. (The first searches still wait for the one build: docs/performance.md.)
 */
function contentGeneration(): Promise<string> {
  askingGeneration ??= getContentGeneration().finally(() => {
    askingGeneration = undefined
  })
  return askingGeneration
}

const indexes = new Map<Locale, { generation: string; documents: Promise<SearchDocument[]> }>()

/**
 * The search index, kept in this process's memory and rebuilt on the first search after a
 * content change. Not in Next's data cache itself: that refuses entries over 2 MB (and
 * throws in dev), which a few thousand records' text exceeds, and parsing megabytes of
 * cached JSON on every search would cost more than the search.
 */
export async function getSearchDocuments(locale: Locale = DEFAULT_LOCALE): Promise<SearchDocument[]> {
  const generation = await contentGeneration()
  let index = indexes.get(locale)
  if (index?.generation !== generation) {
    const documents = loadSearchDocuments(locale)
    index = { generation, documents }
    indexes.set(locale, index)
    // A failed load must not stick: the next search tries again.
    documents.catch(() => {
      if (indexes.get(locale)?.documents === documents) indexes.delete(locale)
    })
  }
  return index.documents
}
