import { unstable_cache } from 'next/cache'

import { labelOf, EDITION_FORMATS, ORGANIZATION_KINDS } from '../model/vocabulary'
import { lexicalToPlainText } from './lexicalText'
import { payloadClient } from './payloadClient'
import { CONTENT_TAG } from './revalidate'
import { routes } from './routes'
import { publicWhere } from './visibility'

export const MAX_QUERY_LENGTH = 200
export const RESULTS_PER_PAGE = 10

type SearchField = { name: string; text: string; weight: number }
export type SearchDocument = { kind: 'edition' | 'organization' | 'page'; url: string; title: string; subtitle: string; fields: SearchField[] }
export type Snippet = { text: string; match: boolean }[]
export type SearchHit = { kind: SearchDocument['kind']; url: string; title: string; subtitle: string; score: number; snippet: Snippet }
export type SearchResult = { query: string; terms: string[]; total: number; page: number; pages: number; hits: SearchHit[] }

/**
 * Everything a visitor can find, as plain text fields with weights (titles and names count
 * most). Built from published content only and cached until the next content change.
 */
export const getSearchDocuments = unstable_cache(
  async (): Promise<SearchDocument[]> => {
    const payload = await payloadClient()
    const common = { where: publicWhere(), pagination: false, overrideAccess: false } as const
    const [editions, organizations, pages] = await Promise.all([
      payload.find({ ...common, collection: 'editions', depth: 1, populate: { organizations: { name: true } } }),
      payload.find({ ...common, collection: 'organizations', depth: 0, joins: false }),
      payload.find({ ...common, collection: 'pages', depth: 0 }),
    ])
    return [
      ...editions.docs.map((e): SearchDocument => ({
        kind: 'edition',
        url: routes.edition(e.year),
        title: e.title,
        subtitle: [String(e.year), labelOf(EDITION_FORMATS, e.format), e.city].filter(Boolean).join(' · '),
        fields: [
          { name: 'title', text: e.title, weight: 5 },
          { name: 'year', text: String(e.year), weight: 5 },
          { name: 'hosts', text: (e.hosts ?? []).map((h) => (typeof h.organization === 'object' ? h.organization?.name : '')).join(', '), weight: 3 },
          { name: 'theme', text: [e.theme, e.annualTheme].filter(Boolean).join(' — '), weight: 2 },
          { name: 'venue', text: [e.venue, e.city].filter(Boolean).join(', '), weight: 2 },
          { name: 'summary', text: lexicalToPlainText(e.summary), weight: 1.5 },
          { name: 'body', text: [lexicalToPlainText(e.body), ...(e.activities ?? []).map((a) => a.name), ...(e.concurrentEvents ?? []).map((c) => c.name)].join('\n'), weight: 1 },
        ],
      })),
      ...organizations.docs.map((o): SearchDocument => ({
        kind: 'organization',
        url: routes.organization(o.slug),
        title: o.name,
        subtitle: [labelOf(ORGANIZATION_KINDS, o.kind), o.country].filter(Boolean).join(' · '),
        fields: [
          { name: 'title', text: o.name, weight: 5 },
          { name: 'body', text: o.description ?? '', weight: 1 },
        ],
      })),
      ...pages.docs.map((p): SearchDocument => ({
        kind: 'page',
        url: routes.page(p.slug),
        title: p.title,
        subtitle: '',
        fields: [
          { name: 'title', text: p.title, weight: 5 },
          { name: 'summary', text: p.description ?? '', weight: 1.5 },
          { name: 'body', text: lexicalToPlainText(p.body), weight: 1 },
        ],
      })),
    ]
  },
  ['site:search-documents'],
  { tags: [CONTENT_TAG] },
)

/** Words of a query: letters and digits in any script, lower-cased, de-duplicated. */
export function queryTerms(query: string): string[] {
  const words = query.slice(0, MAX_QUERY_LENGTH).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
  return [...new Set(words)].filter((w) => w.length > 1 || /\p{Script=Han}/u.test(w)).slice(0, 12)
}

/** Every term must appear somewhere; a term scores by the weight of each field it is in, more for whole words. */
export function rankDocuments(documents: SearchDocument[], terms: string[]): { doc: SearchDocument; score: number }[] {
  if (!terms.length) return []
  const ranked: { doc: SearchDocument; score: number }[] = []
  for (const doc of documents) {
    let score = 0
    let allFound = true
    for (const term of terms) {
      let termScore = 0
      for (const field of doc.fields) {
        const text = field.text.toLowerCase()
        const at = text.indexOf(term)
        if (at === -1) continue
        const wholeWord = !/[\p{L}\p{N}]/u.test(text[at - 1] ?? ' ') && !/[\p{L}\p{N}]/u.test(text[at + term.length] ?? ' ')
        termScore += field.weight * (wholeWord ? 2 : 1)
      }
      if (termScore === 0) allFound = false
      score += termScore
    }
    if (allFound) ranked.push({ doc, score })
  }
  return ranked.sort((a, b) => b.score - a.score || a.doc.title.localeCompare(b.doc.title))
}

/** A window of text around the first match, split into marked and plain parts for highlighting. */
export function buildSnippet(doc: SearchDocument, terms: string[], radius = 90): Snippet {
  // Prefer a passage of text; the title is already shown above the snippet.
  const isHeading = (f: SearchField) => (f.name === 'title' || f.name === 'year' ? 1 : 0)
  const ordered = [...doc.fields].sort((a, b) => isHeading(a) - isHeading(b))
  for (const field of ordered) {
    const text = field.text.replace(/\s+/g, ' ')
    const lower = text.toLowerCase()
    const first = Math.min(...terms.map((t) => lower.indexOf(t)).filter((i) => i >= 0))
    if (!Number.isFinite(first)) continue
    const start = Math.max(0, first - radius)
    const end = Math.min(text.length, first + radius)
    const window = `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`
    return splitMatches(window, terms)
  }
  return [{ text: doc.fields.find((f) => !isHeading(f) && f.text)?.text.slice(0, 2 * radius) ?? '', match: false }]
}

function splitMatches(text: string, terms: string[]): Snippet {
  const escaped = terms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).sort((a, b) => b.length - a.length)
  const pattern = new RegExp(`(${escaped.join('|')})`, 'giu')
  return text
    .split(pattern)
    .filter(Boolean)
    .map((part) => ({ text: part, match: terms.includes(part.toLowerCase()) }))
}

export async function searchContent(rawQuery: string, rawPage = 1): Promise<SearchResult> {
  const query = rawQuery.slice(0, MAX_QUERY_LENGTH).trim()
  const terms = queryTerms(query)
  const ranked = rankDocuments(await getSearchDocuments(), terms)
  const pages = Math.max(1, Math.ceil(ranked.length / RESULTS_PER_PAGE))
  const page = Math.min(Math.max(1, Math.floor(rawPage) || 1), pages)
  const hits = ranked.slice((page - 1) * RESULTS_PER_PAGE, page * RESULTS_PER_PAGE).map(({ doc, score }) => ({
    kind: doc.kind,
    url: doc.url,
    title: doc.title,
    subtitle: doc.subtitle,
    score,
    snippet: buildSnippet(doc, terms),
  }))
  return { query, terms, total: ranked.length, page, pages, hits }
}
