import type { Metadata, Viewport } from 'next'
import Link from 'next/link'

import { SiteFooter } from '@/components/site/SiteFooter'
import { SiteHeader } from '@/components/site/SiteHeader'
import { NotFoundView } from '@/components/site/views/NotFoundView'
import { routesFor } from '@/site/i18n'
import { SITE_NAME } from '@/site/metadata'

import './(frontend)/globals.css'

// The page for an address that matches no route. The site has several root layouts (English,
// Chinese, admin), so none of their not-found pages can answer for it; without this file Next
// sends its own unstyled page. The server also sends this page where Next would send an empty
// one for an English address (src/server/notFoundRepair.ts; /zh has its own). It cannot tell the
// language of an unmatched address, so it carries a Chinese line.

// Next adds robots noindex to every 404 itself.
export const metadata: Metadata = { title: `Page not found · ${SITE_NAME}` }

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#0f5f6b' }

export default function GlobalNotFound() {
  return (
    <html lang="en">
      <body>
        {/* Any address at all can end here, so "this page in Chinese" is the Chinese home page. */}
        <SiteHeader languageToHome />
        <main id="main" className="main" tabIndex={-1}>
          <NotFoundView locale="en" />
          <p lang="zh-Hans">
            未找到该页面。<Link href={routesFor('zh').home()}>返回中文首页</Link>
          </p>
        </main>
        <SiteFooter />
      </body>
    </html>
  )
}
