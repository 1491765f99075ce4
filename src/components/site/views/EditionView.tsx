import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import styles from './edition.module.css'
import { Breadcrumbs } from '@/components/site/Breadcrumbs'
import { ContentNotice } from '@/components/site/ContentNotice'
import { FormatBadge } from '@/components/site/FormatBadge'
import { HostsByRole } from '@/components/site/HostsByRole'
import { JsonLd } from '@/components/site/JsonLd'
import { RichTextContent } from '@/components/site/RichTextContent'
import { UntranslatedNotice } from '@/components/site/UntranslatedNotice'
import { editionDescription, getEdition, type EditionDetail } from '@/site/content'
import { formatDate, formatDateRange } from '@/site/format'
import { dictionary, routesFor } from '@/site/i18n'
import type { Locale } from '@/site/locales'
import { pageMetadata } from '@/site/metadata'
import { routes } from '@/site/routes'
import { editionEventJsonLd } from '@/site/structuredData'

export async function loadEdition(year: string, locale: Locale) {
  return /^\d{4}$/.test(year) ? getEdition(Number(year), locale) : null
}

export async function editionMetadata(year: string, locale: Locale): Promise<Metadata> {
  const edition = await loadEdition(year, locale)
  if (!edition) return { title: locale === 'zh' ? '未找到该届次' : 'Edition not found' }
  return pageMetadata({
    title: edition.title,
    description: editionDescription(edition),
    path: routes.edition(edition.year),
    type: 'article',
    locale,
  })
}

export async function EditionView({ year, locale }: { year: string; locale: Locale }) {
  const edition = await loadEdition(year, locale)
  if (!edition) notFound()
  return <EditionArticle edition={edition} locale={locale} />
}

/** The edition page's content; the public route and the editors' live preview both render it. */
export function EditionArticle({ edition, locale }: { edition: EditionDetail; locale: Locale }) {
  const t = dictionary(locale)
  const r = routesFor(locale)
  const path = r.edition(edition.year)
  const fallback = (field: string) => (edition.untranslated.includes(field) ? 'en' : undefined)
  return (
    <article>
      <JsonLd data={editionEventJsonLd(edition)} />
      <Breadcrumbs
        trail={[
          { label: t.home, href: r.home() },
          { label: t.editions, href: r.editions() },
          { label: String(edition.year) },
        ]}
      />
      <header className={styles.header}>
        <h1 lang={fallback('title')}>{edition.title}</h1>
        <UntranslatedNotice locale={locale} fields={edition.untranslated} />
        <dl className={styles.facts}>
          <div>
            <dt>{t.dates}</dt>
            <dd>
              <time dateTime={edition.startDate.slice(0, 10)}>
                {formatDateRange(edition.startDate, edition.endDate, locale)}
              </time>
              {edition.endDate ? null : <span className={styles.note}>{t.openingDayOnly}</span>}
            </dd>
          </div>
          <div>
            <dt>{t.where}</dt>
            <dd>
              {[edition.venue, edition.city].filter(Boolean).join(locale === 'zh' ? '，' : ', ') || t.notOnRecord}
            </dd>
          </div>
          <div>
            <dt>{t.format}</dt>
            <dd>
              <FormatBadge format={edition.format} locale={locale} />
            </dd>
          </div>
          {edition.theme ? (
            <div>
              <dt>{t.theme}</dt>
              <dd>{edition.theme}</dd>
            </div>
          ) : null}
          {edition.annualTheme ? (
            <div>
              <dt>{t.annualTheme}</dt>
              <dd>{edition.annualTheme}</dd>
            </div>
          ) : null}
        </dl>
      </header>

      {edition.summary ? (
        <p className="lead" lang={fallback('summary')}>
          {edition.summary}
        </p>
      ) : null}

      {edition.hosts.length ? (
        <section aria-labelledby="hosts">
          <h2 id="hosts">{t.hostsAndParticipants}</h2>
          <HostsByRole hosts={edition.hosts} locale={locale} />
        </section>
      ) : null}

      {edition.concurrentEvents.length ? (
        <section aria-labelledby="concurrent">
          <h2 id="concurrent">{t.heldAlongside}</h2>
          <ul className={styles.events}>
            {edition.concurrentEvents.map((event) => (
              <li key={event.name}>
                <strong>{event.name}</strong>
                {event.location ? `, ${event.location}` : ''}
                {event.startDate ? ` (${formatDateRange(event.startDate, event.endDate, locale)})` : ''}
                {event.description ? <p>{event.description}</p> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {edition.activities.length ? (
        <section aria-labelledby="programme">
          <h2 id="programme">{t.programme}</h2>
          <ul className={styles.activities}>
            {edition.activities.map((activity) => (
              <li key={activity}>{activity}</li>
            ))}
          </ul>
        </section>
      ) : null}

      {edition.body ? (
        <section aria-labelledby="about-edition" lang={fallback('body')}>
          <h2 id="about-edition" lang={fallback('body') ? locale : undefined}>
            {t.aboutEdition}
          </h2>
          <RichTextContent data={edition.body} locale={locale} />
        </section>
      ) : null}

      {edition.sources.length ? (
        <section aria-labelledby="sources">
          <h2 id="sources">{t.sources}</h2>
          <ul>
            {edition.sources.map((source) => (
              <li key={source.title}>
                {source.url ? (
                  <a href={source.url} rel="noopener noreferrer">
                    {source.title}
                  </a>
                ) : (
                  source.title
                )}
                {source.date ? `, ${formatDate(source.date, locale)}` : ''}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <nav aria-label={t.otherEditions} className={styles.pager}>
        {edition.previous ? (
          <Link rel="prev" href={r.edition(edition.previous.year)}>
            ← {edition.previous.title}
          </Link>
        ) : (
          <span />
        )}
        {edition.next ? (
          <Link rel="next" href={r.edition(edition.next.year)}>
            {edition.next.title} →
          </Link>
        ) : (
          <span />
        )}
      </nav>
      <ContentNotice path={path} locale={locale} />
    </article>
  )
}
