import { type NextRequest, NextResponse } from 'next/server'

import { parseContentPath } from './src/takedown/resolveUrl'
import { clientIp, hit, SUBMISSION_LIMITS } from './src/takedown/rateLimit'
import { labelOf, NOTICE_BASES } from './src/takedown/vocabulary'

// Runs before every matched request (Next 16 "proxy", Node runtime):
// 1. a coarse per-IP budget for posts to the contact and removal forms and the API, counted
//    before any body is parsed (the collection's hooks apply the precise per-IP/per-email limits);
// 2. content hidden by a removal notice answers 410 Gone with a short notice. The state is read
//    on every request, never cached here, so a decision shows on the very next request.

const FORM_POSTS = new Set(['/api/contact-requests', '/contact', '/removal-request', '/removal-request/confirm'])

export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl
  if (request.method === 'POST' && FORM_POSTS.has(pathname)) {
    const wait = hit(`proxy-ip:${clientIp(request.headers)}`, SUBMISSION_LIMITS.perIpRequests)
    if (wait) {
      return new NextResponse(`Too many requests from your network; please try again in ${Math.ceil(wait / 60)} minutes.`, {
        status: 429,
        headers: { 'Retry-After': String(wait), 'Content-Type': 'text/plain; charset=utf-8' },
      })
    }
    return NextResponse.next()
  }
  if ((request.method === 'GET' || request.method === 'HEAD') && parseContentPath(pathname)) {
    const notice = await hiddenNotice(request, pathname)
    if (notice) return gone(notice)
  }
  return NextResponse.next()
}

type Notice = { reference: string | null; basis: string | null; since: string | null }

/** Asks the app (which owns the database connection) whether the path is under a takedown. */
async function hiddenNotice(request: NextRequest, pathname: string): Promise<Notice | null> {
  const origin = process.env.PORT ? `http://127.0.0.1:${process.env.PORT}` : request.nextUrl.origin
  try {
    const res = await fetch(`${origin}/api/contact-requests/hidden-content?path=${encodeURIComponent(pathname)}`, {
      cache: 'no-store',
      signal: AbortSignal.timeout(2_000),
    })
    if (!res.ok) return null
    const body = (await res.json()) as { hidden: boolean } & Notice
    return body.hidden ? body : null
  } catch (err) {
    // Fail open: the page itself still filters hidden content out (publicWhere → 404).
    console.error(`takedown check failed for ${pathname}: ${(err as Error).message}`)
    return null
  }
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
