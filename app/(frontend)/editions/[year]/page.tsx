import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { Breadcrumbs } from '@/components/site/Breadcrumbs'
import { ContentNotice } from '@/components/site/ContentNotice'
import { FormatBadge } from '@/components/site/FormatBadge'
import { HostsByRole } from '@/components/site/HostsByRole'
import { JsonLd } from '@/components/site/JsonLd'
import { RichTextContent } from '@/components/site/RichTextContent'
import { editionDescription, getEdition, getEditions } from '@/site/content'
import { editionEventJsonLd } from '@/site/structuredData'
import { formatDate, formatDateRange } from '@/site/format'
import { pageMetadata } from '@/site/metadata'
import { routes } from '@/site/routes'

import styles from './edition.module.css'

// Known ones are built ahead; an edition published after the build renders on first visit and is then cached like the rest.
export const dynamicParams = true

type Props = { params: Promise<{ year: string }> }

export async function generateStaticParams() {
  return (await getEditions()).map((e) => ({ year: String(e.year) }))
}

async function load(params: Props['params']) {
  const { year } = await params
  return /^\d{4}$/.test(year) ? getEdition(Number(year)) : null
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const edition = await load(params)
  if (!edition) return { title: 'Edition not found' }
  return pageMetadata({ title: edition.title, description: editionDescription(edition), path: routes.edition(edition.year), type: 'article' })
}

export default async function EditionPage({ params }: Props) {
  const edition = await load(params)
  if (!edition) notFound()
  const path = routes.edition(edition.year)
  return (
    <article>
      <JsonLd data={editionEventJsonLd(edition)} />
      <Breadcrumbs trail={[{ label: 'Home', href: routes.home() }, { label: 'Editions', href: routes.editions() }, { label: String(edition.year) }]} />
      <header className={styles.header}>
        <h1>{edition.title}</h1>
        <dl className={styles.facts}>
          <div>
            <dt>Dates</dt>
            <dd>
              <time dateTime={edition.startDate.slice(0, 10)}>{formatDateRange(edition.startDate, edition.endDate)}</time>
              {edition.endDate ? null : <span className={styles.note}> (opening day; closing date not on record)</span>}
            </dd>
          </div>
          <div>
            <dt>Where</dt>
            <dd>{[edition.venue, edition.city].filter(Boolean).join(', ') || 'Not on record'}</dd>
          </div>
          <div>
            <dt>Format</dt>
            <dd><FormatBadge format={edition.format} /></dd>
          </div>
          {edition.theme ? (
            <div>
              <dt>Theme</dt>
              <dd>{edition.theme}</dd>
            </div>
          ) : null}
          {edition.annualTheme ? (
            <div>
              <dt>Annual theme</dt>
              <dd>{edition.annualTheme}</dd>
            </div>
          ) : null}
        </dl>
      </header>

      {edition.summary ? <p className="lead">{edition.summary}</p> : null}

      {edition.hosts.length ? (
        <section aria-labelledby="hosts">
          <h2 id="hosts">Hosts and participants</h2>
          <HostsByRole hosts={edition.hosts} />
        </section>
      ) : null}

      {edition.concurrentEvents.length ? (
        <section aria-labelledby="concurrent">
          <h2 id="concurrent">Held alongside</h2>
          <ul className={styles.events}>
            {edition.concurrentEvents.map((event) => (
              <li key={event.name}>
                <strong>{event.name}</strong>
                {event.location ? `, ${event.location}` : ''}
                {event.startDate ? ` (${formatDateRange(event.startDate, event.endDate)})` : ''}
                {event.description ? <p>{event.description}</p> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {edition.activities.length ? (
        <section aria-labelledby="programme">
          <h2 id="programme">Programme</h2>
          <ul className={styles.activities}>
            {edition.activities.map((activity) => (
              <li key={activity}>{activity}</li>
            ))}
          </ul>
        </section>
      ) : null}

      {edition.body ? (
        <section aria-labelledby="about-edition">
          <h2 id="about-edition">About this edition</h2>
          <RichTextContent data={edition.body} />
        </section>
      ) : null}

      {edition.sources.length ? (
        <section aria-labelledby="sources">
          <h2 id="sources">Sources</h2>
          <ul>
            {edition.sources.map((source) => (
              <li key={source.title}>
                {source.url ? <a href={source.url} rel="noopener noreferrer">{source.title}</a> : source.title}
                {source.date ? `, ${formatDate(source.date)}` : ''}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <nav aria-label="Other editions" className={styles.pager}>
        {edition.previous ? (
          <Link rel="prev" href={routes.edition(edition.previous.year)}>← {edition.previous.title}</Link>
        ) : <span />}
        {edition.next ? (
          <Link rel="next" href={routes.edition(edition.next.year)}>{edition.next.title} →</Link>
        ) : <span />}
      </nav>
      <ContentNotice path={path} />
    </article>
  )
}
