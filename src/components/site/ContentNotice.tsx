import Link from 'next/link'

import styles from './ContentNotice.module.css'
import { routes } from '@/site/routes'

/** Shown under every content page: where the material comes from, and how to have it removed. */
export function ContentNotice({ path }: { path: string }) {
  return (
    <aside className={styles.notice} aria-label="About this content">
      <p>
        Material on this page may come from other publishers; copyright stays with its authors.{' '}
        <Link href={routes.removalRequest(path)}>Request removal of this content</Link>
      </p>
    </aside>
  )
}
