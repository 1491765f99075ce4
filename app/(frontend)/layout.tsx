import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'

import { SiteFooter } from '@/components/site/SiteFooter'
import { SiteHeader } from '@/components/site/SiteHeader'
import { siteUrl } from '@/config/siteUrl'
import { SITE_NAME } from '@/site/metadata'

import './globals.css'

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl()),
  title: { default: `${SITE_NAME}: the Smart China Expo, 2018–2022`, template: `%s · ${SITE_NAME}` },
  description:
    'The record of the Smart China Expo in Chongqing, 2018–2022: each edition, its hosts, themes and format.',
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#0f5f6b' }

export default function FrontendLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <SiteHeader />
        <main id="main" className="main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  )
}
