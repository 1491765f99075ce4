import type { Payload, Where } from 'payload'

import type { TakedownCollection } from './vocabulary'
import { siteUrl } from '../config/siteUrl'
import { RESERVED_PAGE_SLUGS } from '../fields/slug'

export type ResolvedContent = { collection: TakedownCollection; id: string | number; title: string; path: string }
export type Resolution = { ok: true; content: ResolvedContent } | { ok: false; message: string }

/** The content behind one public path of this site, or null when the path is not content. */
export function parseContentPath(pathname: string): { collection: TakedownCollection; key: string } | null {
  // A future /en or /zh prefix names the same content.
  const parts = pathname.replace(/\/+$/, '').split('/').filter(Boolean).map(decodeURIComponent)
  if (parts[0] === 'en' || parts[0] === 'zh') parts.shift()
  if (parts.length === 2 && parts[0] === 'editions' && /^\d{4}$/.test(parts[1]))
    return { collection: 'editions', key: parts[1] }
  if (parts.length === 2 && parts[0] === 'organizations') return { collection: 'organizations', key: parts[1] }
  if (parts.length === 4 && parts[0] === 'api' && parts[1] === 'media' && parts[2] === 'file')
    return { collection: 'media', key: parts[3] }
  if (parts.length === 1 && !RESERVED_PAGE_SLUGS.includes(parts[0]) && /^[a-z0-9-]+$/.test(parts[0]))
    return { collection: 'pages', key: parts[0] }
  return null
}

/**
 * Finds the published item a notifier's URL points at. Accepts a full address on this site or
 * a path; hidden items still resolve, so a second notice about them is recorded, not refused.
 */
export async function resolveSiteUrl(payload: Payload, raw: string): Promise<Resolution> {
  const input = raw.trim()
  let url: URL
  try {
    url = new URL(input, siteUrl())
  } catch {
    return { ok: false, message: `"${input}" is not a web address.` }
  }
  if (url.host !== new URL(siteUrl()).host) {
    return {
      ok: false,
      message: `${input} is not on this site (${new URL(siteUrl()).host}); we can act only on our own pages.`,
    }
  }
  const parsed = parseContentPath(url.pathname)
  if (!parsed)
    return { ok: false, message: `${input} is not an edition, organization, page or media file of this site.` }
  const where: Where =
    parsed.collection === 'editions'
      ? { year: { equals: Number(parsed.key) } }
      : parsed.collection === 'media'
        ? { filename: { equals: parsed.key } }
        : { slug: { equals: parsed.key } }
  const published: Where = parsed.collection === 'media' ? {} : { _status: { equals: 'published' } }
  const { docs } = await payload.find({
    collection: parsed.collection,
    where: { and: [where, published] },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const doc = docs[0] as
    { id: string | number; title?: string; name?: string; filename?: string; alt?: string } | undefined
  if (!doc) return { ok: false, message: `${input} does not lead to anything published on this site.` }
  return {
    ok: true,
    content: {
      collection: parsed.collection,
      id: doc.id,
      title: doc.title ?? doc.name ?? doc.filename ?? String(doc.id),
      path: url.pathname,
    },
  }
}

export const contentKey = (collection: string, id: string | number) => `${collection}:${id}`
