import Link from 'next/link'

import styles from './SiteFooter.module.css'
import { routesFor } from '@/site/i18n'
import { DEFAULT_LOCALE, localizePath, type Locale } from '@/site/locales'
import { routes } from '@/site/routes'

export function SiteFooter({ locale = DEFAULT_LOCALE }: { locale?: Locale }) {
  if (locale === 'zh') return <ChineseFooter />
  return (
    <footer className={styles.footer}>
      <div className={styles.inner}>
        <p className={styles.disclaimer}>
          Apart from our own writing, articles and images here come from the internet and major news media; copyright
          stays with their authors. <Link href={routes.page('disclaimer')}>Read the disclaimer</Link> or{' '}
          <Link href={routes.removalRequest('/')}>ask us to remove something</Link>.
        </p>
        <nav aria-label="Footer">
          <ul className={styles.links}>
            <li>
              <Link href={routes.page('about')}>About</Link>
            </li>
            <li>
              <Link href={routes.page('contact-us')}>Contact us</Link>
            </li>
            <li>
              <Link href={routes.page('disclaimer')}>Disclaimer</Link>
            </li>
            <li>
              <Link href="/sitemap.xml">Sitemap</Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  )
}

/** The Chinese footer leads to the Chinese forms and pages. */
function ChineseFooter() {
  const r = routesFor('zh')
  return (
    <footer className={styles.footer}>
      <div className={styles.inner}>
        <p className={styles.disclaimer}>
          除本站原创内容外，本站文章和图片来自互联网及主流媒体，版权归原作者所有。
          <Link href={r.page('disclaimer')}>阅读免责声明</Link>，或
          <Link href={localizePath(routes.removalRequest('/'), 'zh')}>申请删除内容</Link>。
        </p>
        <nav aria-label="页脚">
          <ul className={styles.links}>
            <li>
              <Link href={r.page('about')}>关于</Link>
            </li>
            <li>
              <Link href={r.page('contact-us')}>联系我们</Link>
            </li>
            <li>
              <Link href={r.page('disclaimer')}>免责声明</Link>
            </li>
            <li>
              <Link href="/sitemap.xml">网站地图</Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  )
}
