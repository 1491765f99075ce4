'use client'

import { usePathname } from 'next/navigation'

import { CONTENT_LOCALES, counterpartPath, localizePath, type Locale } from '@/site/locales'

/**
 * Links to this same page in the other language (its home page for an English-only page, or
 * always with `toHome`, where the path says nothing of the page). Plain <a>: each language has its own root
 * layout (for <html lang>), so switching is a full page load anyway. A client leaf only
 * because it needs the current path; it is rendered on the server too.
 */
export function LanguageSwitcher({
  locale,
  label,
  toHome = false,
}: {
  locale: Locale
  label: string
  toHome?: boolean
}) {
  const pathname = usePathname() ?? '/'
  return (
    <nav aria-label={label}>
      <ul className="language-switcher">
        {CONTENT_LOCALES.filter((l) => l.code !== locale).map((l) => (
          <li key={l.code}>
            <a
              href={toHome ? localizePath('/', l.code) : counterpartPath(pathname, l.code)}
              hrefLang={l.htmlLang}
              lang={l.htmlLang}
            >
              {l.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
