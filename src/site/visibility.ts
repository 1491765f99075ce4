import type { Where } from 'payload'

import { notTakenDown } from '../access'

/**
 * The one rule for what the public may see of editions, organizations and pages: published,
 * and not hidden by a removal notice. Every public read (pages, lists, search, sitemap) goes
 * through it, so hiding a document here hides it everywhere.
 */
export function publicWhere(extra?: Where): Where {
  const visible: Where = { and: [{ _status: { equals: 'published' } }, notTakenDown] }
  return extra ? { and: [visible, extra] } : visible
}
