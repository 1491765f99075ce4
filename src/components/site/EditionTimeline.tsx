import Link from 'next/link'

import type { EditionSummary } from '@/site/content'
import { formatDateRange } from '@/site/format'
import { routes } from '@/site/routes'

import styles from './EditionTimeline.module.css'
import { FormatBadge } from './FormatBadge'

export function EditionTimeline({ editions }: { editions: EditionSummary[] }) {
  if (!editions.length) return <p>No editions are published yet.</p>
  return (
    <ol className={styles.timeline}>
      {editions.map((edition) => (
        <li key={edition.year} className={styles.item}>
          <span className={styles.year} aria-hidden="true">{edition.year}</span>
          <div className={styles.card}>
            <h3 className={styles.title}>
              <Link href={routes.edition(edition.year)}>{edition.title}</Link>
            </h3>
            <p className={styles.meta}>
              <time dateTime={edition.startDate.slice(0, 10)}>{formatDateRange(edition.startDate, edition.endDate)}</time>
              {edition.city ? <span> · {edition.city}</span> : null} · <FormatBadge format={edition.format} />
            </p>
            {edition.annualTheme ? <p className={styles.theme}>Annual theme: {edition.annualTheme}</p> : null}
            {edition.summary ? <p className={styles.summary}>{edition.summary}</p> : null}
          </div>
        </li>
      ))}
    </ol>
  )
}
