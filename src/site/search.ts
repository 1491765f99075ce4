import { excerpt } from './lexicalText'
import { DEFAULT_LOCALE, type Locale } from './locales'
import { getSearchDocuments, type SearchDocument, type SearchField } from './searchIndex'

export type { SearchDocument } from './searchIndex'

export const MAX_QUERY_LENGTH = 200
export const RESULTS_PER_PAGE = 10

export type Snippet = { text: string; match: boolean }[]
export type SearchHit = {
  kind: SearchDocument['kind']
  url: string
  title: string
  titleParts: Snippet
  subtitle: string
  score: number
  snippet: Snippet
}
export type SearchResult = {
  query: string
  terms: string[]
  total: number
  page: number
  pages: number
  hits: SearchHit[]
}

/**
 * Words of a query: letters and digits in any script, lower-cased, de-duplicated. Chinese is
 * written without spaces, so a run of Han characters is cut into overlapping pairs (bigrams),
 * the usual unit of Chinese full-text search: "重庆智博会" finds a text that has 重庆 and 智博会
 * apart, and every term is matched as a substring, so 重庆 is found inside a sentence.
 */
export function queryTerms(query: string): string[] {
  const words =
    query
      .slice(0, MAX_QUERY_LENGTH)
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  const terms = words.flatMap((word) =>
    word
      .split(/(\p{Script=Han}+)/u)
      .filter(Boolean)
      .flatMap(hanBigrams),
  )
  return [...new Set(terms)].filter((w) => w.length > 1 || /\p{Script=Han}/u.test(w)).slice(0, 24)
}

function hanBigrams(run: string): string[] {
  const chars = [...run]
  if (!/\p{Script=Han}/u.test(run) || chars.length <= 2) return [run]
  return chars.slice(0, -1).map((c, i) => c + chars[i + 1])
}

/**
 * Which fields of which documents hold which words, built once per index. A query term is
 * letters and digits only, so it can occur only inside one run of letters and digits: the
 * fields holding it are those of the distinct words that contain it. Scanning the distinct
 * words replaces scanning every text on every search, and matches inside words still count
 * (robotic → robotics, 重庆 inside a run of Chinese).
 */
type Lookup = { words: string[]; postings: number[][]; titleOrder: Int32Array; rankings: Map<string, Ranking> }
/** Matching documents best first: positions in the index, and their scores. */
type Ranking = { order: Int32Array; scores: Float64Array }
const FIELD_SLOTS = 16 // a posting is documentIndex * FIELD_SLOTS + fieldIndex
/**
 * Rankings kept per index (they go with it when content changes), most recently used last. A
 * common word matches most of the archive; ranking it again for every visitor and every
 * results page was most of a search's time. At most ~100 KB each at 7,000 records.
 */
const RANKINGS_KEPT = 64
const lookups = new WeakMap<SearchDocument[], Lookup>()
const collator = new Intl.Collator()

function lookupFor(documents: SearchDocument[]): Lookup {
  const cached = lookups.get(documents)
  if (cached) return cached
  const byWord = new Map<string, number[]>()
  documents.forEach((doc, index) => {
    doc.fields.slice(0, FIELD_SLOTS).forEach((field, fieldIndex) => {
      const posting = index * FIELD_SLOTS + fieldIndex
      for (const word of field.lower.split(NOT_LETTER_OR_DIGIT)) {
        if (!word) continue
        const list = byWord.get(word)
        if (!list) byWord.set(word, [posting])
        else if (list[list.length - 1] !== posting) list.push(posting)
      }
    })
  })
  const titleOrder = new Int32Array(documents.length)
  documents
    .map((doc, index) => ({ title: doc.title, index }))
    .sort((a, b) => collator.compare(a.title, b.title))
    .forEach(({ index }, rank) => (titleOrder[index] = rank))
  const lookup = { words: [...byWord.keys()], postings: [...byWord.values()], titleOrder, rankings: new Map() }
  lookups.set(documents, lookup)
  return lookup
}

const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/u

/**
 * A term's score per document: each field holding it counts its weight, twice when it holds
 * the whole word. Typed arrays, not maps: a common word touches every document.
 */
function scoresFor(
  documents: SearchDocument[],
  lookup: Lookup,
  term: string,
): { matched: number[]; scores: Float64Array } {
  const marks = new Uint8Array(documents.length * FIELD_SLOTS) // per posting: 0 absent, 1 inside a word, 2 whole word
  const touched: number[] = []
  lookup.words.forEach((word, i) => {
    if (!word.includes(term)) return
    const mark = word === term ? 2 : 1
    for (const posting of lookup.postings[i]) {
      if (marks[posting] === 0) touched.push(posting)
      if (marks[posting] < mark) marks[posting] = mark
    }
  })
  const scores = new Float64Array(documents.length)
  const matched: number[] = []
  for (const posting of touched) {
    const index = (posting / FIELD_SLOTS) | 0
    if (scores[index] === 0) matched.push(index)
    scores[index] += documents[index].fields[posting % FIELD_SLOTS].weight * marks[posting]
  }
  return { matched, scores }
}

/** Every term must appear somewhere; a term scores by the weight of each field it is in, more for whole words. */
function rankingFor(documents: SearchDocument[], terms: string[]): Ranking {
  const lookup = lookupFor(documents)
  const key = [...terms].sort().join('\u0000') // the ranking does not depend on word order
  const kept = lookup.rankings.get(key)
  if (kept) {
    lookup.rankings.delete(key)
    lookup.rankings.set(key, kept)
    return kept
  }
  // Start from the rarest term, so the set of documents holding every term only shrinks.
  const perTerm = terms
    .map((term) => scoresFor(documents, lookup, term))
    .sort((a, b) => a.matched.length - b.matched.length)
  const totals = new Float64Array(documents.length)
  const found: number[] = []
  for (const index of perTerm[0].matched) {
    let score = 0
    for (const { scores } of perTerm) {
      if (scores[index] === 0) {
        score = -1
        break
      }
      score += scores[index]
    }
    if (score > 0) {
      totals[index] = score
      found.push(index)
    }
  }
  found.sort((a, b) => totals[b] - totals[a] || lookup.titleOrder[a] - lookup.titleOrder[b])
  const ranking = { order: Int32Array.from(found), scores: Float64Array.from(found, (index) => totals[index]) }
  lookup.rankings.set(key, ranking)
  if (lookup.rankings.size > RANKINGS_KEPT) lookup.rankings.delete(lookup.rankings.keys().next().value as string)
  return ranking
}

export function rankDocuments(documents: SearchDocument[], terms: string[]): { doc: SearchDocument; score: number }[] {
  if (!terms.length) return []
  const { order, scores } = rankingFor(documents, terms)
  return Array.from(order, (index, rank) => ({ doc: documents[index], score: scores[rank] }))
}

const isHeading = (f: SearchField) => f.name === 'title' || f.name === 'year'

/**
 * A window of text around the first match in the passage that matches most of the query
 * (a venue search shows the venue, not a host list that shares one word with it), split
 * into marked and plain parts for highlighting. The title is shown above the snippet, so
 * a match only in the title gets the opening of the text instead.
 */
export function buildSnippet(doc: SearchDocument, terms: string[], radius = 90): Snippet {
  const passages = doc.fields.filter((f) => !isHeading(f) && f.text)
  let best: { field: SearchField; matched: number } | null = null
  for (const field of passages) {
    const matched = terms.filter((t) => field.lower.includes(t)).length
    if (matched && (!best || matched > best.matched || (matched === best.matched && field.weight > best.field.weight)))
      best = { field, matched }
  }
  if (!best) {
    const opening = passages.find((f) => f.name === 'summary' || f.name === 'body') ?? passages[0]
    return [{ text: excerpt(opening?.text ?? '', 2 * radius), match: false }]
  }
  const { text, lower } = best.field
  const matches = terms.map((t) => ({ at: lower.indexOf(t), length: t.length })).filter((m) => m.at >= 0)
  const first = matches.reduce((a, b) => (b.at < a.at ? b : a))
  const start = wordStartAtOrAfter(text, Math.max(0, first.at - radius), first.at)
  const end = wordEndAtOrBefore(text, Math.min(text.length, first.at + radius), first.at + first.length)
  return highlightTerms(`${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`, terms)
}

/** Moves a cut forward to the start of a word, so a snippet does not open on half a word. */
function wordStartAtOrAfter(text: string, at: number, limit: number): number {
  if (at === 0) return 0
  const space = text.indexOf(' ', at - 1)
  return space === -1 || space >= limit ? at : space + 1
}

/** Moves a cut back to the end of a word, so a snippet does not close on half a word. */
function wordEndAtOrBefore(text: string, at: number, limit: number): number {
  if (at >= text.length) return text.length
  const space = text.lastIndexOf(' ', at)
  return space <= limit ? at : space
}

/** Text split into parts, the query's words marked; rendered as React text, never as HTML. */
export function highlightTerms(text: string, terms: string[]): Snippet {
  if (!terms.length) return [{ text, match: false }]
  const escaped = terms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).sort((a, b) => b.length - a.length)
  const pattern = new RegExp(`(${escaped.join('|')})`, 'giu')
  const parts = text
    .split(pattern)
    .filter(Boolean)
    .map((part) => ({ text: part, match: terms.includes(part.toLowerCase()) }))
  // A phrase reads as one mark, not a row of marked words with gaps between them.
  const merged: Snippet = []
  for (const part of parts) {
    const last = merged.at(-1)
    const beforeLast = merged.at(-2)
    if (part.match && last && !last.match && /^\s+$/.test(last.text) && beforeLast?.match) {
      merged.splice(-2, 2, { text: beforeLast.text + last.text + part.text, match: true })
    } else {
      merged.push(part)
    }
  }
  return merged
}

/**
 * The page numbers to offer: the first, the last, and a few around the current one, null where
 * a run is left out. A common word has hundreds of result pages; a link to each made the page
 * five times heavier and no easier to use.
 */
export function pageWindow(page: number, pages: number, around = 2): (number | null)[] {
  const shown = [...new Set([1, ...Array.from({ length: 2 * around + 1 }, (_, i) => page - around + i), pages])]
    .filter((n) => n >= 1 && n <= pages)
    .sort((a, b) => a - b)
  return shown.flatMap((n, i) =>
    i > 0 && n - shown[i - 1] > 2 ? [null, n] : i > 0 && n - shown[i - 1] === 2 ? [n - 1, n] : [n],
  )
}

export async function searchContent(
  rawQuery: string,
  rawPage = 1,
  locale: Locale = DEFAULT_LOCALE,
): Promise<SearchResult> {
  const query = rawQuery.slice(0, MAX_QUERY_LENGTH).trim()
  const terms = queryTerms(query)
  const documents = await getSearchDocuments(locale)
  const { order, scores } = terms.length
    ? rankingFor(documents, terms)
    : { order: new Int32Array(0), scores: new Float64Array(0) }
  const pages = Math.max(1, Math.ceil(order.length / RESULTS_PER_PAGE))
  const page = Math.min(Math.max(1, Math.floor(rawPage) || 1), pages)
  const first = (page - 1) * RESULTS_PER_PAGE
  const onPage = Array.from(order.subarray(first, first + RESULTS_PER_PAGE), (index, i) => ({
    doc: documents[index],
    score: scores[first + i],
  }))
  const hits = onPage.map(({ doc, score }) => ({
    kind: doc.kind,
    url: doc.url,
    title: doc.title,
    titleParts: highlightTerms(doc.title, terms),
    subtitle: doc.subtitle,
    score,
    snippet: buildSnippet(doc, terms),
  }))
  return { query, terms, total: order.length, page, pages, hits }
}
