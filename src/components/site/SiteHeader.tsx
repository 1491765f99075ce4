import Link from 'next/link'

import { routes } from '@/site/routes'

import { NavLinks } from './NavLinks'
import { SearchForm } from './SearchForm'
import styles from './SiteHeader.module.css'

const NAV = [
  { href: routes.editions(), label: 'Editions' },
  { href: routes.organizations(), label: 'Organizations' },
  { href: routes.page('about'), label: 'About' },
  { href: routes.search(), label: 'Search' },
]

export function SiteHeader() {
  return (
    <header className={styles.header}>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <div className={styles.inner}>
        <Link href={routes.home()} className={styles.brand}>
          <span className={styles.mark} aria-hidden="true">SCE</span>
          <span>
            Expo Archive
            <small className={styles.tagline}>Smart China Expo, 2018–2022</small>
          </span>
        </Link>
        <nav aria-label="Main" className={styles.nav}>
          <NavLinks items={NAV} />
        </nav>
        <div className={styles.search}>
          <SearchForm compact />
        </div>
      </div>
    </header>
  )
}
