import Link from 'next/link'

import styles from './home.module.css'
import { ContentNotice } from '@/components/site/ContentNotice'
import { EditionTimeline } from '@/components/site/EditionTimeline'
import { SearchForm } from '@/components/site/SearchForm'
import { getEditions, getLatestChanges } from '@/site/content'
import { formatDate } from '@/site/format'
import { dictionary, routesFor } from '@/site/i18n'
import type { Locale } from '@/site/locales'
import { pageMetadata } from '@/site/metadata'

const COPY = {
  en: {
    title: 'The Smart China Expo, 2018–2022',
    description:
      'Every edition of the Smart China Expo in Chongqing: dates, format, themes, hosts and programme, with sources.',
    heading: (from: number, to: number) => `The Smart China Expo, ${from}–${to}`,
    lead: (from: number) =>
      `An annual expo on intelligent technology held in Chongqing since ${from}, co-hosted by national ministries, academies and the city government. This archive keeps the record of each edition: when and how it was held, who hosted it and what was on the programme.`,
  },
  zh: {
    title: '中国国际智能产业博览会，2018–2022',
    description: '重庆历届中国国际智能产业博览会（智博会）：日期、形式、主题、主办机构与活动安排，并注明资料来源。',
    heading: (from: number, to: number) => `中国国际智能产业博览会，${from}–${to}`,
    lead: (from: number) =>
      `智博会自${from}年起每年在重庆举办，聚焦智能技术，由国家部委、两院和重庆市人民政府等共同主办。本档案记录每一届的举办时间与形式、主办机构及活动安排。`,
  },
} as const

export const homeMetadata = (locale: Locale) =>
  pageMetadata({ title: COPY[locale].title, description: COPY[locale].description, path: '/', locale })

export async function HomeView({ locale }: { locale: Locale }) {
  const t = dictionary(locale)
  const r = routesFor(locale)
  const copy = COPY[locale]
  const [editions, latest] = await Promise.all([getEditions(locale), getLatestChanges(5, locale)])
  const themes = [...new Set(editions.map((e) => e.theme).filter(Boolean))]
  const first = editions[0]?.year ?? 2018
  const last = editions.at(-1)?.year ?? 2022
  return (
    <>
      <section className={styles.intro} aria-labelledby="intro-title">
        <h1 id="intro-title">{copy.heading(first, last)}</h1>
        <p className="lead">{copy.lead(first)}</p>
        {themes.length ? (
          <p className={styles.theme}>
            <span className={styles.themeLabel}>{t.recurringTheme}</span> “{themes[0]}”
          </p>
        ) : null}
        <div className={styles.search}>
          <SearchForm locale={locale} />
        </div>
      </section>

      <div className={styles.columns}>
        <section aria-labelledby="timeline-title">
          <h2 id="timeline-title">{t.editions}</h2>
          <EditionTimeline editions={editions} locale={locale} />
          <p>
            <Link href={r.organizations()}>{t.seeAllOrganizations}</Link>
          </p>
        </section>
        <section aria-labelledby="latest-title" className={styles.latest}>
          <h2 id="latest-title">{t.latestChanges}</h2>
          <ul>
            {latest.map((item) => (
              <li key={item.url}>
                <Link href={item.url}>{item.title}</Link>
                <br />
                <small>
                  {t.updated} <time dateTime={item.updatedAt}>{formatDate(item.updatedAt, locale)}</time>
                </small>
              </li>
            ))}
          </ul>
        </section>
      </div>
      <ContentNotice path={r.home()} locale={locale} />
    </>
  )
}
