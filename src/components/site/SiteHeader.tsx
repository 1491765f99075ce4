import Link from 'next/link'

import { LanguageSwitcher } from './LanguageSwitcher'
import { NavLinks } from './NavLinks'
import { SearchForm } from './SearchForm'
import styles from './SiteHeader.module.css'
import { dictionary, routesFor } from '@/site/i18n'
import { DEFAULT_LOCALE, type Locale } from '@/site/locales'

/** `languageToHome`: the language link leads to the other home page (a page whose address is not its own). */
export function SiteHeader({
  locale = DEFAULT_LOCALE,
  languageToHome = false,
}: {
  locale?: Locale
  languageToHome?: boolean
}) {
  const t = dictionary(locale)
  const r = routesFor(locale)
  const nav = [
    { href: r.editions(), label: t.editions },
    { href: r.organizations(), label: t.organizations },
    { href: r.page('about'), label: t.about },
    { href: r.search(), label: t.search },
  ]
  return (
    <header className={styles.header}>
      <a className="skip-link" href="#main">
        {t.skip}
      </a>
      <div className={styles.inner}>
        <Link href={r.home()} className={styles.brand}>
          <span className={styles.mark} aria-hidden="true">
            SCE
          </span>
          <span>
            Expo Archive
            <small className={styles.tagline}>{t.tagline}</small>
          </span>
        </Link>
        <nav aria-label="Main" className={styles.nav}>
          <NavLinks items={nav} />
        </nav>
        <div className={styles.search}>
          <SearchForm compact locale={locale} />
        </div>
        <LanguageSwitcher locale={locale} label={t.language} toHome={languageToHome} />
      </div>
    </header>
  )
}
