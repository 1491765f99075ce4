import type { Metadata } from 'next'
import Link from 'next/link'

import { Breadcrumbs } from '@/components/site/Breadcrumbs'
import { SearchForm } from '@/components/site/SearchForm'
import { routes } from '@/site/routes'
import { MAX_QUERY_LENGTH, RESULTS_PER_PAGE, searchContent, type SearchHit, type Snippet } from '@/site/search'

import styles from './search.module.css'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

const SUGGESTIONS = ['Singapore', 'Chongqing International Expo Center', 'Smart City', 'Chinese Academy of Sciences', 'online']
const KIND_LABEL = { edition: 'Edition', organization: 'Organization', page: 'Page' } as const

function first(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value) ?? ''
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const q = first((await searchParams).q).slice(0, MAX_QUERY_LENGTH).trim()
  return {
    title: q ? `Search: ${q}` : 'Search',
    description: 'Search the editions, organizations and pages of the Smart China Expo archive.',
    alternates: { canonical: routes.search() },
    robots: { index: false, follow: true },
  }
}

export default async function SearchPage({ searchParams }: Props) {
  const params = await searchParams
  const rawQuery = first(params.q)
  const result = await searchContent(rawQuery, Number(first(params.page)) || 1)
  const tooLong = rawQuery.length > MAX_QUERY_LENGTH

  return (
    <>
      <Breadcrumbs trail={[{ label: 'Home', href: routes.home() }, { label: 'Search' }]} />
      <h1>Search</h1>
      <div className={styles.form}>
        <SearchForm defaultValue={result.query} />
      </div>
      {tooLong ? <p role="status">Your search was shortened to its first {MAX_QUERY_LENGTH} characters.</p> : null}

      {!result.query ? (
        <Help title="What are you looking for?" text="Search by year, host, venue, city, theme or any word from the texts." />
      ) : !result.terms.length ? (
        <Help title={`We could not find any words in “${result.query}”.`} text="Try a name, a place or a year made of letters or digits." />
      ) : result.total === 0 ? (
        <Help title={`Nothing matches “${result.query}”.`} text="Check the spelling, use fewer words, or try one of these:" />
      ) : (
        <section aria-labelledby="results-title">
          <h2 id="results-title" role="status">
            {result.total} {result.total === 1 ? 'result' : 'results'} for “{result.query}”
          </h2>
          <ol className={styles.results} start={(result.page - 1) * RESULTS_PER_PAGE + 1}>
            {result.hits.map((hit) => (
              <Hit key={hit.url} hit={hit} />
            ))}
          </ol>
          {result.pages > 1 ? <Pagination query={result.query} page={result.page} pages={result.pages} /> : null}
        </section>
      )}
    </>
  )
}

function Hit({ hit }: { hit: SearchHit }) {
  return (
    <li className={styles.hit}>
      <h3 className={styles.hitTitle}>
        <Link href={hit.url}>
          <Highlighted parts={hit.titleParts} />
        </Link>
      </h3>
      <p className={styles.hitMeta}>
        {[KIND_LABEL[hit.kind], hit.subtitle].filter(Boolean).join(' · ')}
      </p>
      <p className={styles.snippet}>
        <Highlighted parts={hit.snippet} />
      </p>
    </li>
  )
}

function Highlighted({ parts }: { parts: Snippet }) {
  return parts.map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))
}

function Help({ title, text }: { title: string; text: string }) {
  return (
    <section className={styles.help} aria-labelledby="help-title">
      <h2 id="help-title">{title}</h2>
      <p>{text}</p>
      <ul className={styles.suggestions}>
        {SUGGESTIONS.map((s) => (
          <li key={s}>
            <Link href={routes.search(s)}>{s}</Link>
          </li>
        ))}
        <li>
          <Link href={routes.editions()}>Browse all editions</Link>
        </li>
      </ul>
    </section>
  )
}

function Pagination({ query, page, pages }: { query: string; page: number; pages: number }) {
  return (
    <nav aria-label="Result pages" className={styles.pagination}>
      {page > 1 ? <Link href={routes.search(query, page - 1)} rel="prev">← Previous</Link> : null}
      <ul>
        {Array.from({ length: pages }, (_, i) => i + 1).map((n) => (
          <li key={n}>
            {n === page ? <span aria-current="page">{n}</span> : <Link href={routes.search(query, n)}>{n}</Link>}
          </li>
        ))}
      </ul>
      {page < pages ? <Link href={routes.search(query, page + 1)} rel="next">Next →</Link> : null}
    </nav>
  )
}
