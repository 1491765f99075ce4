import Link from 'next/link'

import { routes } from '@/site/routes'

import styles from './SiteFooter.module.css'

export function SiteFooter() {
  return (
    <footer className={styles.footer}>
      <div className={styles.inner}>
        <p className={styles.disclaimer}>
          Apart from our own writing, articles and images here come from the internet and major news media; copyright stays with
          their authors. <Link href={routes.page('disclaimer')}>Read the disclaimer</Link> or{' '}
          <Link href={routes.removalRequest('/')}>ask us to remove something</Link>.
        </p>
        <nav aria-label="Footer">
          <ul className={styles.links}>
            <li><Link href={routes.page('about')}>About</Link></li>
            <li><Link href={routes.page('contact-us')}>Contact us</Link></li>
            <li><Link href={routes.page('disclaimer')}>Disclaimer</Link></li>
            <li><Link href="/sitemap.xml">Sitemap</Link></li>
          </ul>
        </nav>
      </div>
    </footer>
  )
}
