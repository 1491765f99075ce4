import { hiddenIndexKey, type HiddenIndex, type HiddenNotice, HIDDEN_SNAPSHOT_MAX_AGE_MS } from './hiddenSnapshot'
import { BASES as ZH_BASES } from './messages/zh'
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
 * Thrown for a content path when the hidden list cannot be read and the last one read is older
 * than the bound: the server answers 503 rather than risk serving a removed page (docs/takedown.md).
 */
export class HiddenListUnavailable extends Error {}

/**
 * Every hidden item, kept in memory. A list is never used once older than `maxAgeMs` (the
 * bound on how late a decision taken on another instance shows here as 410), counted from when
 * its read started; a request that finds it older waits for a new one. A change in this process
 * makes the next request wait too. While the list is in its second half-life, a request starts
 * the next read in the background, so under steady traffic nobody waits; only the first request
 * after an idle spell does.
 */
export function createGoneGate(fetchIndex: FetchIndex, maxAgeMs = HIDDEN_SNAPSHOT_MAX_AGE_MS) {
  let snapshot: Snapshot | null = null
  let loading: { generation: number; promise: Promise<HiddenIndex> } | null = null

  /** One read at a time; a read started before the latest change here does not count. */
  function refresh(generation: number): Promise<HiddenIndex> {
    if (loading?.generation === generation) return loading.promise
    const takenAt = Date.now()
    const promise = fetchIndex().then(
      (index) => {
        if (!snapshot || snapshot.generation < generation || snapshot.takenAt <= takenAt)
          snapshot = { generation, takenAt, index }
        return index
      },
      (err: Error) => {
        console.error(`takedown snapshot failed: ${err.message}`)
        throw new HiddenListUnavailable(`the hidden-content list could not be read: ${err.message}`)
      },
    )
    loading = { generation, promise }
    promise.then(
      () => (loading?.promise === promise ? (loading = null) : null),
      () => (loading?.promise === promise ? (loading = null) : null),
    )
    return promise
  }

  async function hiddenIndex(): Promise<HiddenIndex> {
    const generation = publicContentGeneration()
    const current = snapshot?.generation === generation ? snapshot : null
    const age = current ? Date.now() - current.takenAt : Infinity
    if (current && age < maxAgeMs) {
      if (age >= maxAgeMs / 2) refresh(generation).catch(() => {}) // ahead of expiry; a failure shows on the next wait
      return current.index
    }
    return refresh(generation)
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

const GONE_TEXT = {
  en: (n: HiddenNotice, date: string, ref: string) => ({
    lang: 'en',
    title: 'Content withdrawn · Expo Archive',
    heading: 'This content has been withdrawn',
    what: `It was taken offline on ${date} after a removal notice (${escape(labelOf(NOTICE_BASES, n.basis) || 'rights claim')}),
reference <strong>${ref}</strong>, while or after we reviewed it.`,
    contest: (href: string) =>
      `If you published this material and believe it should be restored, <a href="${href}">send us a counter-notice</a> quoting the reference.`,
    home: 'Go to the Expo Archive home page',
  }),
  zh: (n: HiddenNotice, date: string, ref: string) => ({
    lang: 'zh-Hans',
    title: '内容已撤下 · 博览会档案',
    heading: '此内容已撤下',
    what: `因一份删除通知（${escape(ZH_BASES[n.basis ?? ''] ?? '权利主张')}），该内容已于 ${date} 下线，编号 <strong>${ref}</strong>；我们正在审核或已作出决定。`,
    contest: (href: string) => `如该内容由您发布，且您认为应予恢复，请<a href="${href}">提交反通知</a>，并注明编号。`,
    home: '返回博览会档案首页',
  }),
}

/**
 * The 410 page: what was withdrawn, when, on what basis, under which reference, and what to do;
 * in Chinese under /zh, with the Chinese counter-notice form.
 */
export function gonePage(
  notice: HiddenNotice,
  locale: 'en' | 'zh' = 'en',
): { status: 410; headers: Record<string, string>; body: string } {
  const date = notice.since ? new Date(notice.since).toISOString().slice(0, 10) : 'recently'
  const prefix = locale === 'zh' ? '/zh' : ''
  const t = GONE_TEXT[locale](notice, escape(date), escape(notice.reference ?? 'pending'))
  const form = `${prefix}/counter-notice${notice.reference ? `?ref=${encodeURIComponent(notice.reference)}` : ''}`
  const body = `<!doctype html>
<html lang="${t.lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${t.title}</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;line-height:1.6;color:#1c2430}a{color:#0b5a8a}</style></head>
<body><main><h1>${t.heading}</h1>
<p>${t.what}</p>
<p>${t.contest(form)}</p>
<p><a href="${prefix || '/'}">${t.home}</a></p></main></body></html>`
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
