import { type NextRequest, NextResponse } from 'next/server'

import { type HiddenIndex, hiddenContentGeneration, hiddenIndexKey, type HiddenNotice, HIDDEN_SNAPSHOT_MAX_AGE_MS } from './src/takedown/hiddenSnapshot'
import { parseContentPath } from './src/takedown/resolveUrl'
import { clientIp, hit, SUBMISSION_LIMITS } from './src/takedown/rateLimit'
import { labelOf, NOTICE_BASES } from './src/takedown/vocabulary'

// Runs before every matched request (Next 16 "proxy", Node runtime):
// 1. a coarse per-IP budget for posts to the contact and removal forms and the API, counted
//    before any body is parsed (the collection's hooks apply the precise per-IP/per-email limits);
// 2. content hidden by a removal notice answers 410 Gone with a short notice, looked up in a
//    snapshot that a decision in this process refreshes at once (see hiddenIndex below);
// 3. GraphQL takes JSON only: a multipart body would be parsed for files before any hook and a
//    malformed one (a NUL in a file name) turned into a 500, so it is refused up front with 415.

const FORM_POSTS = new Set(['/api/contact-requests', '/contact', '/removal-request', '/removal-request/confirm'])

export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl
  if (pathname === '/api/graphql' && request.method === 'POST' && /multipart\//i.test(request.headers.get('content-type') ?? '')) {
    return NextResponse.json({ errors: [{ message: 'GraphQL takes application/json; upload files through the REST API (/api/media).' }] }, { status: 415 })
  }
  if (request.method === 'POST' && FORM_POSTS.has(pathname)) {
    const wait = await hit(`proxy-ip:${clientIp(request.headers)}`, SUBMISSION_LIMITS.perIpRequests)
    if (wait) {
      return new NextResponse(`Too many requests from your network; please try again in ${Math.ceil(wait / 60)} minutes.`, {
        status: 429,
        headers: { 'Retry-After': String(wait), 'Content-Type': 'text/plain; charset=utf-8' },
      })
    }
    return NextResponse.next()
  }
  if (request.method === 'GET' || request.method === 'HEAD') {
    const notice = await hiddenNotice(request, pathname)
    if (notice) return gone(notice)
  }
  return NextResponse.next()
}

type Notice = HiddenNotice

let snapshot: { generation: number; takenAt: number; index: HiddenIndex } | null = null
let loading: { generation: number; promise: Promise<HiddenIndex> } | null = null

/**
 * The notice for a path, from a snapshot of every hidden item that this process refreshes when
 * a takedown or content change happened here (instantly) or when it is older than
 * HIDDEN_SNAPSHOT_MAX_AGE_MS (the bound, plus one refresh, for changes made by another
 * instance). Asking the app on every request instead halved the throughput of cached pages.
 */
async function hiddenNotice(request: NextRequest, pathname: string): Promise<Notice | null> {
  const parsed = parseContentPath(pathname)
  if (!parsed) return null
  const index = await hiddenIndex(request)
  return index[hiddenIndexKey(parsed.collection, parsed.key)] ?? null
}

async function hiddenIndex(request: NextRequest): Promise<HiddenIndex> {
  const generation = hiddenContentGeneration()
  const current = snapshot?.generation === generation ? snapshot : null
  if (current && Date.now() - current.takenAt < HIDDEN_SNAPSHOT_MAX_AGE_MS) return current.index
  // One refresh at a time; a refresh started before the latest change does not count.
  if (!loading || loading.generation !== generation) {
    const promise = fetchHiddenIndex(request).then(
      (index) => {
        if (!snapshot || snapshot.generation <= generation) snapshot = { generation, takenAt: Date.now(), index }
        return index
      },
      (err: Error) => {
        // Fail open for this request (the page itself still leaves hidden content out: 404),
        // and try again on the next one.
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

/** Asks the app, which owns the database connection, for every hidden item. */
async function fetchHiddenIndex(request: NextRequest): Promise<HiddenIndex> {
  const origin = process.env.PORT ? `http://127.0.0.1:${process.env.PORT}` : request.nextUrl.origin
  const res = await fetch(`${origin}/api/contact-requests/hidden-content`, { cache: 'no-store', signal: AbortSignal.timeout(2_000) })
  if (!res.ok) throw new Error(`hidden-content answered ${res.status}`)
  return ((await res.json()) as { hidden: HiddenIndex }).hidden
}

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

function gone(notice: Notice): NextResponse {
  const date = notice.since ? new Date(notice.since).toISOString().slice(0, 10) : 'recently'
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>Content withdrawn · Expo Archive</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;line-height:1.6;color:#1c2430}a{color:#0b5a8a}</style></head>
<body><main><h1>This content has been withdrawn</h1>
<p>It was taken offline on ${escape(date)} after a removal notice (${escape(labelOf(NOTICE_BASES, notice.basis) || 'rights claim')}),
reference <strong>${escape(notice.reference ?? 'pending')}</strong>, while or after we reviewed it.</p>
<p>If you published this material and believe it should be restored, <a href="/contact">write to us</a> quoting the reference.</p>
<p><a href="/">Go to the Expo Archive home page</a></p></main></body></html>`
  return new NextResponse(html, {
    status: 410,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', 'X-Robots-Tag': 'noindex' },
  })
}

export const config = {
  matcher: [
    '/api/graphql',
    '/editions/:year',
    '/organizations/:slug',
    '/api/media/file/:filename',
    '/api/contact-requests',
    '/contact',
    '/removal-request',
    '/removal-request/confirm',
    '/:slug',
  ],
}
