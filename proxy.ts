import { type NextRequest, NextResponse } from 'next/server'

import { clientIp, hit, SUBMISSION_LIMITS } from './src/takedown/rateLimit'

// Runs before every matched request (Next 16 "proxy", Node runtime). Only posts and GraphQL are
// matched: Next runs a matched proxy as a second pass through its request handler, so content
// pages are kept out (their 410 Gone check is in the server in front of Next, src/server/main.ts).
// 1. a coarse per-IP budget for posts to the contact and removal forms and the API, counted
//    before any body is parsed (the collection's hooks apply the precise per-IP/per-email limits);
// 2. GraphQL takes JSON only: a multipart body would be parsed for files before any hook and a
//    malformed one (a NUL in a file name) turned into a 500, so it is refused up front with 415.

const FORM_POSTS = new Set(['/api/contact-requests', '/contact', '/removal-request', '/removal-request/confirm'])

export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl
  if (
    pathname === '/api/graphql' &&
    request.method === 'POST' &&
    /multipart\//i.test(request.headers.get('content-type') ?? '')
  ) {
    return NextResponse.json(
      { errors: [{ message: 'GraphQL takes application/json; upload files through the REST API (/api/media).' }] },
      { status: 415 },
    )
  }
  if (request.method === 'POST' && FORM_POSTS.has(pathname)) {
    const wait = await hit(`proxy-ip:${clientIp(request.headers)}`, SUBMISSION_LIMITS.perIpRequests)
    if (wait) {
      return new NextResponse(
        `Too many requests from your network; please try again in ${Math.ceil(wait / 60)} minutes.`,
        {
          status: 429,
          headers: { 'Retry-After': String(wait), 'Content-Type': 'text/plain; charset=utf-8' },
        },
      )
    }
  }
  return NextResponse.next()
}

export const config = {
  matcher: ['/api/graphql', '/api/contact-requests', '/contact', '/removal-request', '/removal-request/confirm'],
}
