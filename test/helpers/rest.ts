import { GRAPHQL_POST, REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'

import { testPayload } from './payload'

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE'

export type RestResponse = { status: number; body: any; headers: Headers }

/**
 * Calls Payload's real REST route handlers in-process (the same functions Next mounts
 * under /api), so REST behaviour is tested without starting a server.
 */
export async function rest(
  method: Method,
  apiPath: string,
  options: { body?: unknown; token?: string; headers?: Record<string, string> } = {},
): Promise<RestResponse> {
  await testPayload()
  const { default: config } = await import('../../payload.config')
  const handlers = { GET: REST_GET, POST: REST_POST, PATCH: REST_PATCH, DELETE: REST_DELETE }
  const url = new URL(`http://localhost:3000/api/${apiPath.replace(/^\//, '')}`)
  const headers: Record<string, string> = { ...options.headers }
  if (options.token) headers.Authorization = `JWT ${options.token}`
  let body: BodyInit | undefined
  if (options.body instanceof FormData) {
    // multipart (uploads): fetch sets the boundary itself
    body = options.body
  } else if (options.body !== undefined) {
    body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body)
    headers['Content-Type'] ??= 'application/json'
  }
  const request = new Request(url, { method, headers, body })
  const slug = url.pathname
    .replace(/^\/api\//, '')
    .split('/')
    .filter(Boolean)
  const response = await handlers[method](config)(request, { params: Promise.resolve({ slug }) })
  const text = await response.text()
  let parsed: unknown = text
  try {
    parsed = text ? JSON.parse(text) : null
  } catch {
    /* not JSON: keep the text */
  }
  return { status: response.status, body: parsed, headers: response.headers }
}

export async function graphql(
  query: string,
  options: { token?: string; variables?: Record<string, unknown>; headers?: Record<string, string> } = {},
): Promise<RestResponse> {
  await testPayload()
  const { default: config } = await import('../../payload.config')
  const headers: Record<string, string> = { 'Content-Type': 'application/json', ...options.headers }
  if (options.token) headers.Authorization = `JWT ${options.token}`
  const request = new Request('http://localhost:3000/api/graphql', {
    method: 'POST',
    headers,
    body: JSON.stringify({ query, variables: options.variables }),
  })
  const response = await GRAPHQL_POST(config)(request)
  return { status: response.status, body: await response.json(), headers: response.headers }
}

export async function login(email: string, password: string): Promise<string> {
  const res = await rest('POST', 'users/login', { body: { email, password } })
  if (res.status !== 200) throw new Error(`login failed for ${email}: ${res.status} ${JSON.stringify(res.body)}`)
  return res.body.token
}
