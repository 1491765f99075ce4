import type { Where } from 'payload'

/**
 * The one rule for what the public may see of editions, organizations and pages. Every
 * public read (pages, lists, search, sitemap) goes through it, so hiding a document
 * here hides it everywhere.
 */
export function publicWhere(extra?: Where): Where {
  const visible: Where = { _status: { equals: 'published' } }
  return extra ? { and: [visible, extra] } : visible
}
