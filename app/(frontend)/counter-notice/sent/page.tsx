import type { Metadata } from 'next'

import styles from '../../_forms/forms.module.css'
import { t } from '../strings'

export const metadata: Metadata = { title: t.sentTitle, robots: { index: false } }

export default function CounterNoticeSentPage() {
  return (
    <article className={styles.panel}>
      <h1>{t.sentTitle}</h1>
      <p>{t.sentBody}</p>
    </article>
  )
}
