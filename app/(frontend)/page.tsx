import Link from 'next/link'

import { ContentNotice } from '@/components/site/ContentNotice'
import { EditionTimeline } from '@/components/site/EditionTimeline'
import { SearchForm } from '@/components/site/SearchForm'
import { getEditions, getLatestChanges } from '@/site/content'
import { formatDate } from '@/site/format'
import { pageMetadata } from '@/site/metadata'
import { routes } from '@/site/routes'

import styles from './home.module.css'

export const metadata = pageMetadata({
  title: 'The Smart China Expo, 2018–2022',
  description: 'Every edition of the Smart China Expo in Chongqing: dates, format, themes, hosts and programme, with sources.',
  path: '/',
})

export default async function HomePage() {
  const [editions, latest] = await Promise.all([getEditions(), getLatestChanges(5)])
  const themes = [...new Set(editions.map((e) => e.theme).filter(Boolean))]
  const first = editions[0]
  const last = editions.at(-1)
  return (
    <>
      <section className={styles.intro} aria-labelledby="intro-title">
        <h1 id="intro-title">The Smart China Expo, {first?.year ?? 2018}–{last?.year ?? 2022}</h1>
        <p className="lead">
          An annual expo on intelligent technology held in Chongqing since {first?.year ?? 2018}, co-hosted by national ministries,
          academies and the city government. This archive keeps the record of each edition: when and how it was held, who hosted it
          and what was on the programme.
        </p>
        {themes.length ? (
          <p className={styles.theme}>
            <span className={styles.themeLabel}>Recurring theme</span> “{themes[0]}”
          </p>
        ) : null}
        <div className={styles.search}>
          <SearchForm />
        </div>
      </section>

      <div className={styles.columns}>
        <section aria-labelledby="timeline-title">
          <h2 id="timeline-title">Editions</h2>
          <EditionTimeline editions={editions} />
          <p>
            <Link href={routes.organizations()}>See every host organization</Link>
          </p>
        </section>
        <section aria-labelledby="latest-title" className={styles.latest}>
          <h2 id="latest-title">Latest changes</h2>
          <ul>
            {latest.map((item) => (
              <li key={item.url}>
                <Link href={item.url}>{item.title}</Link>
                <br />
                <small>updated <time dateTime={item.updatedAt}>{formatDate(item.updatedAt)}</time></small>
              </li>
            ))}
          </ul>
        </section>
      </div>
      <ContentNotice path="/" />
    </>
  )
}
