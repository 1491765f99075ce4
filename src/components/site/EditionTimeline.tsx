import Link from 'next/link'

import styles from './EditionTimeline.module.css'
import { FormatBadge } from './FormatBadge'
import type { EditionSummary } from '@/site/content'
import { formatDateRange } from '@/site/format'
import { dictionary, routesFor } from '@/site/i18n'
import { DEFAULT_LOCALE, type Locale } from '@/site/locales'

/** `headingLevel` keeps the outline unbroken: h3 under a section's h2, h2 directly under a page's h1. */
export function EditionTimeline({
  editions,
  headingLevel = 3,
  locale = DEFAULT_LOCALE,
}: {
  editions: EditionSummary[]
  headingLevel?: 2 | 3
  locale?: Locale
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  const t = dictionary(locale)
  const r = routesFor(locale)
  if (!editions.length) return <p>{t.noEditions}</p>
  return (
    <ol className={styles.timeline}>
      {editions.map((edition) => (
        <li key={edition.year} className={styles.item}>
          <span className={styles.year} aria-hidden="true">
            {edition.year}
          </span>
          <div className={styles.card}>
            <Heading className={styles.title}>
              <Link href={r.edition(edition.year)}>{edition.title}</Link>
            </Heading>
            <p className={styles.meta}>
              <time dateTime={edition.startDate.slice(0, 10)}>
                {formatDateRange(edition.startDate, edition.endDate, locale)}
              </time>
              {edition.city ? <span> · {edition.city}</span> : null} ·{' '}
              <FormatBadge format={edition.format} locale={locale} />
            </p>
            {edition.annualTheme ? (
              <p className={styles.theme}>
                {t.annualTheme}
                {locale === 'zh' ? '：' : ': '}
                {edition.annualTheme}
              </p>
            ) : null}
            {edition.summary ? <p className={styles.summary}>{edition.summary}</p> : null}
          </div>
        </li>
      ))}
    </ol>
  )
}
