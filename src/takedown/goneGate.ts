import { hiddenIndexKey, type HiddenIndex, type HiddenNotice, HIDDEN_SNAPSHOT_MAX_AGE_MS } from './hiddenSnapshot'
import { parseContentPath } from './resolveUrl'
import { labelOf, NOTICE_BASES } from './vocabulary'
import { publicContentGeneration } from '../cache/contentGeneration'
import { commonSecurityHeaders, publicPageHeaders } from '../config/securityHeaders'

const GONE_PAGE_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

// The 410 Gone answer for content hidden by a removal notice, given by the HTTP server in front
// of Next (src/server/main.ts) before Next sees the request, not in Next's proxy: Next runs a
// matched proxy as a second full pass through its request handler (measured in
// docs/performance.md); here a visible page costs one path parse and one lookup. No Payload
// import: the server entry stays small and starts fast.

type Snapshot = { generation: number; takenAt: number; index: HiddenIndex }
type FetchIndex = () => Promise<HiddenIndex>

/**
 * Every hidden item, kept in memory: refreshed at once after a takedown or content change in
 * this process, and otherwise when older than HIDDEN_SNAPSHOT_MAX_AGE_MS (the bound, plus one
 * refresh, for decisions taken on another instance).
 */
export function createGoneGate(fetchIndex: FetchIndex, maxAgeMs = HIDDEN_SNAPSHOT_MAX_AGE_MS) {
  let snapshot: Snapshot | null = null
  let loading: { generation: number; promise: Promise<HiddenIndex> } | null = null

  async function hiddenIndex(): Promise<HiddenIndex> {
    const generation = publicContentGeneration()
    const current = snapshot?.generation === generation ? snapshot : null
    if (current && Date.now() - current.takenAt < maxAgeMs) return current.index
    // One refresh at a time; a refresh started before the latest change does not count.
    if (!loading || loading.generation !== generation) {
      const promise = fetchIndex().then(
        (index) => {
          if (!snapshot || snapshot.generation <= generation) snapshot = { generation, takenAt: Date.now(), index }
          return index
        },
        (err: Error) => {
          // Fail open for this request (the page itself leaves hidden content out: 404) and
          // try again on the next one.
          console.error(`takedown snapshot failed: ${err.message}`)
          return snapshot?.index ?? {}
        },
      )
      loading = { generation, promise }
      promise.finally(() => {
        if (loading?.promise === promise) loading = null
      })
    }
    // Only old, with no change in this process since: answer from it while the refresh runs
    // (waiting stalled every request twice a second under load). After a change here, wait.
    if (current) return current.index
    return loading.promise
  }

  /** The notice for a request path (query string allowed), or null when it may be served. */
  return async function noticeFor(url: string): Promise<HiddenNotice | null> {
    const parsed = contentPath(url)
    if (!parsed) return null
    const index = await hiddenIndex()
    return index[hiddenIndexKey(parsed.collection, parsed.key)] ?? null
  }
}

function contentPath(url: string) {
  const pathname = url.split(/[?#]/, 1)[0]
  try {
    return parseContentPath(pathname)
  } catch {
    return null // malformed percent-encoding: not a content URL; Next answers it
  }
}

/** Asks the app, which owns the database connection, for every hidden item. */
export function fetchHiddenIndexFrom(origin: string, timeoutMs = 2_000): FetchIndex {
  return async () => {
    const res = await fetch(`${origin}/api/contact-requests/hidden-content`, {
      cache: 'no-store',
      signal: AbortSignal.timeout(timeoutMs),
    })
    if (!res.ok) throw new Error(`hidden-content answered ${res.status}`)
    return ((await res.json()) as { hidden: HiddenIndex }).hidden
  }
}

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

/** The 410 page: what was withdrawn, when, on what basis, under which reference, and what to do. */
export function gonePage(notice: HiddenNotice): { status: 410; headers: Record<string, string>; body: string } {
  const date = notice.since ? new Date(notice.since).toISOString().slice(0, 10) : 'recently'
  const body = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>Content withdrawn · Expo Archive</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;line-height:1.6;color:#1c2430}a{color:#0b5a8a}</style></head>
<body><main><h1>This content has been withdrawn</h1>
<p>It was taken offline on ${escape(date)} after a removal notice (${escape(labelOf(NOTICE_BASES, notice.basis) || 'rights claim')}),
reference <strong>${escape(notice.reference ?? 'pending')}</strong>, while or after we reviewed it.</p>
<p>If you published this material and believe it should be restored, <a href="/contact">write to us</a> quoting the reference.</p>
<p><a href="/">Go to the Expo Archive home page</a></p></main></body></html>`
  return {
    status: 410,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
      'X-Robots-Tag': 'noindex',
      // Next's header rules do not reach an answer given before Next: the same list, with a
      // policy for this page, which needs only its inline style.
      ...Object.fromEntries(
        [...commonSecurityHeaders(), ...publicPageHeaders(GONE_PAGE_CSP)].map(({ key, value }) => [key, value]),
      ),
    },
    body,
  }
}
