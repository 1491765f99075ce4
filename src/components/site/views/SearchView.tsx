import type { Metadata } from 'next'
import Link from 'next/link'

import styles from './search.module.css'
import { Breadcrumbs } from '@/components/site/Breadcrumbs'
import { SearchForm } from '@/components/site/SearchForm'
import { dictionary, routesFor, type Dictionary } from '@/site/i18n'
import type { Locale } from '@/site/locales'
import { languageAlternates } from '@/site/metadata'
import { routes } from '@/site/routes'
import {
  MAX_QUERY_LENGTH,
  pageWindow,
  RESULTS_PER_PAGE,
  searchContent,
  type SearchHit,
  type Snippet,
} from '@/site/search'

export type SearchParams = Promise<Record<string, string | string[] | undefined>>

const SUGGESTIONS = {
  en: ['Singapore', 'Chongqing International Expo Center', 'Smart City', 'Chinese Academy of Sciences', 'online'],
  zh: ['新加坡', '重庆国际博览中心', '智慧城市', '中国科学院', '线上'],
}

function first(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value) ?? ''
}

export async function searchMetadata(searchParams: SearchParams, locale: Locale): Promise<Metadata> {
  const q = first((await searchParams).q)
    .slice(0, MAX_QUERY_LENGTH)
    .trim()
  const t = dictionary(locale)
  return {
    title: q ? `${t.search}: ${q}` : t.search,
    description:
      locale === 'zh'
        ? '搜索智博会档案中的届次、机构和页面。'
        : 'Search the editions, organizations and pages of the Smart China Expo archive.',
    alternates: { canonical: routesFor(locale).search(), languages: languageAlternates(routes.search()) },
    robots: { index: false, follow: true },
  }
}

export async function SearchView({ searchParams, locale }: { searchParams: SearchParams; locale: Locale }) {
  const params = await searchParams
  const rawQuery = first(params.q)
  const result = await searchContent(rawQuery, Number(first(params.page)) || 1, locale)
  const tooLong = rawQuery.length > MAX_QUERY_LENGTH
  const t = dictionary(locale)
  const r = routesFor(locale)
  const help = { t, r, suggestions: SUGGESTIONS[locale] }

  return (
    <>
      <Breadcrumbs trail={[{ label: t.home, href: r.home() }, { label: t.search }]} />
      <h1>{t.search}</h1>
      <div className={styles.form}>
        <SearchForm defaultValue={result.query} locale={locale} />
      </div>
      {tooLong ? <p role="status">Your search was shortened to its first {MAX_QUERY_LENGTH} characters.</p> : null}

      {!result.query ? (
        <Help {...help} title={t.emptyQuery} text={t.emptyQueryHelp} />
      ) : !result.terms.length ? (
        <Help {...help} title={t.noWords(result.query)} text={t.noWordsHelp} />
      ) : result.total === 0 ? (
        <Help {...help} title={t.noMatch(result.query)} text={t.noMatchHelp} />
      ) : (
        <section aria-labelledby="results-title">
          <h2 id="results-title" role="status">
            {t.results(result.total, result.query)}
          </h2>
          <ol className={styles.results} start={(result.page - 1) * RESULTS_PER_PAGE + 1}>
            {result.hits.map((hit) => (
              <Hit key={hit.url} hit={hit} t={t} />
            ))}
          </ol>
          {result.pages > 1 ? (
            <Pagination query={result.query} page={result.page} pages={result.pages} search={r.search} />
          ) : null}
        </section>
      )}
    </>
  )
}

function Hit({ hit, t }: { hit: SearchHit; t: Dictionary }) {
  return (
    <li className={styles.hit}>
      <h3 className={styles.hitTitle}>
        <Link href={hit.url}>
          <Highlighted parts={hit.titleParts} />
        </Link>
      </h3>
      <p className={styles.hitMeta}>{[t.kind[hit.kind], hit.subtitle].filter(Boolean).join(' · ')}</p>
      <p className={styles.snippet}>
        <Highlighted parts={hit.snippet} />
      </p>
    </li>
  )
}

function Highlighted({ parts }: { parts: Snippet }) {
  return parts.map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))
}

function Help({
  title,
  text,
  t,
  r,
  suggestions,
}: {
  title: string
  text: string
  t: Dictionary
  r: ReturnType<typeof routesFor>
  suggestions: string[]
}) {
  return (
    <section className={styles.help} aria-labelledby="help-title">
      <h2 id="help-title">{title}</h2>
      <p>{text}</p>
      <ul className={styles.suggestions}>
        {suggestions.map((s) => (
          <li key={s}>
            <Link href={r.search(s)}>{s}</Link>
          </li>
        ))}
        <li>
          <Link href={r.editions()}>{t.browseEditions}</Link>
        </li>
      </ul>
    </section>
  )
}

function Pagination({
  query,
  page,
  pages,
  search,
}: {
  query: string
  page: number
  pages: number
  search: (q?: string, page?: number) => string
}) {
  return (
    <nav aria-label="Result pages" className={styles.pagination}>
      {page > 1 ? (
        <Link href={search(query, page - 1)} rel="prev">
          ← Previous
        </Link>
      ) : null}
      <ul>
        {pageWindow(page, pages).map((n, i) =>
          n === null ? (
            <li key={`gap-${i}`} aria-hidden="true">
              …
            </li>
          ) : (
            <li key={n}>
              {n === page ? <span aria-current="page">{n}</span> : <Link href={search(query, n)}>{n}</Link>}
            </li>
          ),
        )}
      </ul>
      {page < pages ? (
        <Link href={search(query, page + 1)} rel="next">
          Next →
        </Link>
      ) : null}
    </nav>
  )
}
