import Link from 'next/link'

import styles from './ContentNotice.module.css'
import { routesFor } from '@/site/i18n'
import type { Locale } from '@/site/locales'

const TEXT = {
  en: {
    label: 'About this content',
    source: 'Material on this page may come from other publishers; copyright stays with its authors.',
    remove: 'Request removal of this content',
  },
  zh: {
    label: '关于本页内容',
    source: '本页部分材料可能来自其他发布者，版权归原作者所有。',
    remove: '申请删除本页内容',
  },
}

/** Shown under every content page: where the material comes from, and how to have it removed. */
export function ContentNotice({ path, locale = 'en' }: { path: string; locale?: Locale }) {
  const t = TEXT[locale]
  return (
    <aside className={styles.notice} aria-label={t.label}>
      <p>
        {t.source} <Link href={routesFor(locale).removalRequest(path)}>{t.remove}</Link>
      </p>
    </aside>
  )
}
