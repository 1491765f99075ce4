import Link from 'next/link'

import type { EditionSummary } from '@/site/content'
import { formatDateRange } from '@/site/format'
import { routes } from '@/site/routes'

import styles from './EditionTimeline.module.css'
import { FormatBadge } from './FormatBadge'

/** `headingLevel` keeps the outline unbroken: h3 under a section's h2, h2 directly under a page's h1. */
export function EditionTimeline({ editions, headingLevel = 3 }: { editions: EditionSummary[]; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  if (!editions.length) return <p>No editions are published yet.</p>
  return (
    <ol className={styles.timeline}>
      {editions.map((edition) => (
        <li key={edition.year} className={styles.item}>
          <span className={styles.year} aria-hidden="true">{edition.year}</span>
          <div className={styles.card}>
            <Heading className={styles.title}>
              <Link href={routes.edition(edition.year)}>{edition.title}</Link>
            </Heading>
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
