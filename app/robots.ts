import type { MetadataRoute } from 'next'

import { siteUrl } from '@/config/siteUrl'
import { localizePath } from '@/site/locales'

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [
      {
        userAgent: '*',
        allow: '/',
        disallow: ['/admin', '/api/', '/search', '/preview/', localizePath('/preview/', 'zh')],
      },
    ],
    sitemap: `${siteUrl()}/sitemap.xml`,
  }
}
