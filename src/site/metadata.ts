import type { Metadata } from 'next'

export const SITE_NAME = 'Expo Archive'

/** Title, description, canonical URL and Open Graph for one public page. */
export function pageMetadata({ title, description, path, type = 'website' }: { title: string; description: string; path: string; type?: 'website' | 'article' }): Metadata {
  return {
    title,
    description,
    alternates: { canonical: path },
    openGraph: { title, description, url: path, siteName: SITE_NAME, type, locale: 'en_GB' },
    twitter: { card: 'summary', title, description },
  }
}
