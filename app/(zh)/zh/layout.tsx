import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'

import { SiteFooter } from '@/components/site/SiteFooter'
import { SiteHeader } from '@/components/site/SiteHeader'
import { siteUrl } from '@/config/siteUrl'
import { SITE_NAME } from '@/site/metadata'

import '../../(frontend)/globals.css'

// The Chinese site is its own root layout so <html lang> is right in the static HTML, with no
// per-request header read (which would make every page dynamic). Pages are the same views as
// the English ones, given locale "zh".

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl()),
  title: { default: `${SITE_NAME}：中国国际智能产业博览会，2018–2022`, template: `%s · ${SITE_NAME}` },
  description: '2018–2022年在重庆举办的中国国际智能产业博览会档案：历届的日期、主办机构、主题与形式。',
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#0f5f6b' }

export default function ChineseLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="zh-Hans">
      <body>
        <SiteHeader locale="zh" />
        <main id="main" className="main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter locale="zh" />
      </body>
    </html>
  )
}
