import type { Metadata } from 'next'

import { CONTENT_LOCALES, DEFAULT_LOCALE, localeInfo, localizePath, type Locale } from './locales'

export const SITE_NAME = 'Expo Archive'

/** hreflang alternates: the same page in each language, English as the default for everyone else. */
export function languageAlternates(path: string): Record<string, string> {
  return {
    ...Object.fromEntries(CONTENT_LOCALES.map((l) => [l.htmlLang, localizePath(path, l.code)])),
    'x-default': localizePath(path, DEFAULT_LOCALE),
  }
}

/** Title, description, canonical URL, language alternates and Open Graph for one public page; `path` is the English path. */
export function pageMetadata({
  title,
  description,
  path,
  type = 'website',
  locale = DEFAULT_LOCALE,
}: {
  title: string
  description: string
  path: string
  type?: 'website' | 'article'
  locale?: Locale
}): Metadata {
  const url = localizePath(path, locale)
  return {
    title,
    description,
    alternates: { canonical: url, languages: languageAlternates(path) },
    openGraph: { title, description, url, siteName: SITE_NAME, type, locale: localeInfo(locale).ogLocale },
    twitter: { card: 'summary', title, description },
  }
}
