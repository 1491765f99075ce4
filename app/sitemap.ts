import type { MetadataRoute } from 'next'

import { siteUrl } from '@/config/siteUrl'
import { getContentLinks } from '@/site/content'
import { localizePath } from '@/site/locales'
import { languageAlternates } from '@/site/metadata'
import { routes } from '@/site/routes'

/** Every public page in English and in Chinese, each entry naming its other-language twin (hreflang). */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = siteUrl()
  const links = await getContentLinks()
  const newest = links.reduce((max, l) => (l.updatedAt > max ? l.updatedAt : max), '1970-01-01')
  const alternates = (path: string) => ({
    languages: Object.fromEntries(
      Object.entries(languageAlternates(path))
        .filter(([lang]) => lang !== 'x-default')
        .map(([lang, url]) => [lang, `${base}${url}`]),
    ),
  })
  const english: MetadataRoute.Sitemap = [
    { url: routes.home(), lastModified: newest, changeFrequency: 'monthly', priority: 1 },
    { url: routes.editions(), lastModified: newest, changeFrequency: 'monthly', priority: 0.8 },
    { url: routes.organizations(), lastModified: newest, changeFrequency: 'monthly', priority: 0.6 },
    ...links.map((l) => ({ url: l.url, lastModified: l.updatedAt, priority: l.kind === 'edition' ? 0.8 : 0.5 })),
  ]
  return english.flatMap((entry) => [
    { ...entry, url: `${base}${entry.url}`, alternates: alternates(entry.url) },
    { ...entry, url: `${base}${localizePath(entry.url, 'zh')}`, alternates: alternates(entry.url) },
  ])
}
