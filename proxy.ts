import { type NextRequest, NextResponse } from 'next/server'

import { aliasFloodRefusal } from './src/graphql/aliasFlood'
import { clientIp, hit, limitNetwork, SUBMISSION_LIMITS } from './src/takedown/rateLimit'

// Runs before every matched request (Next 16 "proxy", Node runtime). Only posts and GraphQL are
// matched: Next runs a matched proxy as a second pass through its request handler, so content
// pages are kept out (their 410 Gone check is in the server in front of Next, src/server/main.ts).
// 1. per-network budgets, counted before any body is parsed: posts to the contact and removal
//    forms (the collection's hooks apply the precise per-IP/per-email limits), GraphQL requests,
//    and sign-in attempts (issue 19);
// 2. GraphQL takes JSON only: a multipart body would be parsed for files before any hook and a
//    malformed one (a NUL in a file name) turned into a 500, so it is refused up front with 415.

const FORM_POSTS = new Set(['/api/contact-requests', '/contact', '/removal-request', '/removal-request/confirm'])

const NOT_JSON = Symbol('not JSON')

/** Per-network budgets (clientIp: an IPv6 client counts by its /64), each counted in its own bucket. */
const BUDGETS = [
  { key: 'proxy-ip', paths: FORM_POSTS, limit: SUBMISSION_LIMITS.perIpRequests, json: false },
  { key: 'graphql-ip', paths: new Set(['/api/graphql']), limit: SUBMISSION_LIMITS.graphqlPerIp, json: true },
  // The admin's sign-in form posts here too.
  { key: 'login-ip', paths: new Set(['/api/users/login']), limit: SUBMISSION_LIMITS.loginPerIp, json: true },
]

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
  if (request.method !== 'POST') return NextResponse.next()
  const budget = BUDGETS.find(({ paths }) => paths.has(pathname))
  if (!budget) return NextResponse.next()
  const wait = await hit(`${budget.key}:${limitNetwork(clientIp(request.headers))}`, budget.limit)
  if (wait) {
    const message = `Too many requests from your network; please try again in ${Math.ceil(wait / 60)} minutes.`
    const headers = { 'Retry-After': String(wait) }
    // API clients (GraphQL, sign-in) read JSON errors the way Payload shapes its own.
    return budget.json
      ? NextResponse.json({ errors: [{ message }] }, { status: 429, headers })
      : new NextResponse(message, { status: 429, headers: { ...headers, 'Content-Type': 'text/plain; charset=utf-8' } })
  }
  if (pathname === '/api/graphql') {
    const body: unknown = await request
      .clone()
      .json()
      .catch(() => NOT_JSON)
    // Payload's GraphQL route throws its own 400 "Invalid JSON" out of the handler, which Next
    // answers 500 with an empty body (payloadcms/payload#15635; tripwire in
    // test/int/graphql-limits.test.ts): say what is wrong here instead.
    if (body === NOT_JSON)
      return NextResponse.json(
        {
          errors: [
            { message: 'The request body is not valid JSON; send {"query": "…"}.', extensions: { statusCode: 400 } },
          ],
        },
        { status: 400 },
      )
    // Refused before Payload validates it: see src/graphql/aliasFlood.ts.
    const refusal = aliasFloodRefusal((body as { query?: unknown } | null)?.query)
    if (refusal)
      return NextResponse.json({ errors: [{ message: refusal, extensions: { statusCode: 400 } }] }, { status: 400 })
  }
  return NextResponse.next()
}

export const config = {
  matcher: [
    '/api/graphql',
    '/api/users/login',
    '/api/contact-requests',
    '/contact',
    '/removal-request',
    '/removal-request/confirm',
  ],
}
