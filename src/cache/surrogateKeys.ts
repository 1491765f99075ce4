import { parseContentPath } from '../takedown/resolveUrl'

// Surrogate keys: the names a shared cache (Varnish's xkey, a CDN's cache tags) files each
// public page under, so that a change purges exactly the pages that show it. No Payload import:
// the server in front of Next (src/server/sharedCacheHeaders.ts) labels answers with these, and
// the change hooks (src/cache/purge.ts) purge by them.
//
// A document is named the way its address names it (`editions:2019`, `organizations:<slug>`,
// `pages:<slug>`, `media:<filename>`), the same key the 410 gate uses: the server labels a
// page from its URL alone, without a database read per answer. A hook knows the document
// before and after the change, so a renamed slug purges both names.

/** Every page that shows a list of documents (home, lists, search, sitemap) carries this key. */
export const CONTENT_KEY = 'content'
/** Carried by every labelled answer: purged when the whole site must be fetched again (bulk import, restore). */
export const SITE_KEY = 'site'

export const documentKey = (collection: string, urlKey: string | number) => `${collection}:${urlKey}`

/**
 * The keys for a public path. Edition and organization pages show other documents too (the
 * edition timeline, the hosts, the editions an organization hosted), so they carry the
 * content key as well; a standalone page and a media file show only themselves.
 */
export function surrogateKeysForPath(pathname: string): string[] {
  let parsed: ReturnType<typeof parseContentPath> = null
  try {
    parsed = parseContentPath(pathname)
  } catch {
    parsed = null // malformed percent-encoding: no document
  }
  if (!parsed) return [CONTENT_KEY, SITE_KEY]
  const own = documentKey(parsed.collection, parsed.key)
  if (parsed.collection === 'pages' || parsed.collection === 'media') return [own, SITE_KEY]
  return [own, CONTENT_KEY, SITE_KEY]
}

type PublicDoc = { year?: number | null; slug?: string | null; filename?: string | null } | null | undefined

/** The key of a document as its public address names it, or null when it has no address (yet). */
export function documentKeyOf(collection: string, doc: PublicDoc): string | null {
  const urlKey = collection === 'editions' ? doc?.year : collection === 'media' ? doc?.filename : doc?.slug
  return urlKey === undefined || urlKey === null || urlKey === '' ? null : documentKey(collection, urlKey)
}

/** What a change to a document purges: its names before and after the change, and every list. */
export function keysForChange(collection: string, doc: PublicDoc, previousDoc?: PublicDoc): string[] {
  const keys = new Set([CONTENT_KEY])
  for (const d of [doc, previousDoc]) {
    const key = documentKeyOf(collection, d)
    if (key) keys.add(key)
  }
  return [...keys]
}
