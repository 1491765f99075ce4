import type { MetadataRoute } from 'next'

import { siteUrl } from '@/config/siteUrl'
import { getContentLinks } from '@/site/content'
import { routes } from '@/site/routes'

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = siteUrl()
  const links = await getContentLinks()
  const newest = links.reduce((max, l) => (l.updatedAt > max ? l.updatedAt : max), '1970-01-01')
  return [
    { url: `${base}${routes.home()}`, lastModified: newest, changeFrequency: 'monthly', priority: 1 },
    { url: `${base}${routes.editions()}`, lastModified: newest, changeFrequency: 'monthly', priority: 0.8 },
    { url: `${base}${routes.organizations()}`, lastModified: newest, changeFrequency: 'monthly', priority: 0.6 },
    ...links.map((l) => ({ url: `${base}${l.url}`, lastModified: l.updatedAt, priority: l.kind === 'edition' ? 0.8 : 0.5 })),
  ]
}
