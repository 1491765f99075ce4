import type { CollectionConfig } from 'payload'

import { isAdmin, nobody } from '../../src/access'

/**
 * Purges of the shared cache (src/cache/purge.ts) that failed every retry: the pages under
 * these keys may be served stale until the cache's own limit (CACHE_SHARED_MAX_AGE_S). Written
 * by the server only; admins read them and delete an entry once dealt with (e.g. after
 * purging by hand, see docs/deployment.md).
 */
export const CachePurgeFailures: CollectionConfig = {
  slug: 'cache-purge-failures',
  labels: { singular: 'Failed cache purge', plural: 'Failed cache purges' },
  admin: {
    useAsTitle: 'reason',
    defaultColumns: ['createdAt', 'cacheUrl', 'keys', 'error'],
    group: 'System',
    hidden: ({ user }) => !(user?.roles as string[] | undefined)?.includes('admin'),
  },
  defaultSort: '-createdAt',
  access: { create: nobody, read: isAdmin, update: nobody, delete: isAdmin },
  fields: [
    { name: 'cacheUrl', type: 'text', required: true },
    { name: 'keys', type: 'text', hasMany: true },
    { name: 'reason', type: 'text' },
    { name: 'attempts', type: 'number' },
    { name: 'error', type: 'text' },
  ],
}
