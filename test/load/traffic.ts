import autocannon from 'autocannon'

import { BASE } from './server'
import type { Submission } from './submissions'

export type Answer = { status: number; body: string }

/** Visitors reading pages until stopped: the site's pages, search, and the REST API. */
export const READ_PATHS = [
  '/',
  '/editions',
  '/editions/2019',
  '/organizations',
  '/search?q=chongqing',
  '/api/editions?limit=5',
]

/**
 * `throughNext`: readers that carry a cookie, which the server's copies of pages, searches and
 * API answers never serve (src/server/pageCache.ts), so every read is work for Next.
 */
export function startReaders(connections: number, { throughNext = false } = {}) {
  let instance: autocannon.Instance | undefined
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    instance = autocannon(
      {
        url: BASE,
        connections,
        duration: 600,
        timeout: 60,
        headers: throughNext ? { cookie: 'expo-archive-load-reader=1' } : {},
        requests: READ_PATHS.map((path) => ({ method: 'GET', path })),
      },
      (err, result) => (err ? reject(err) : resolve(result)),
    )
  })
  return { stop: () => (instance!.stop(), done) }
}

/** Sends each submission exactly once over `connections` keep-alive connections (autocannon). */
export function sendWithAutocannon(
  submissions: Submission[],
  connections: number,
  answers: Map<string, Answer>,
): Promise<autocannon.Result> {
  let next = 0
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url: BASE,
        connections,
        amount: submissions.length,
        timeout: 120,
        requests: [
          {
            method: 'POST',
            path: '/api/contact-requests',
            headers: { 'content-type': 'application/json' },
            setupRequest: (req, context) => {
              const s = submissions[next++]
              ;(context as { marker?: string }).marker = s.marker
              return { ...req, body: JSON.stringify(s.body) }
            },
            onResponse: (status, body, context) => {
              answers.set((context as { marker: string }).marker, { status, body })
            },
          },
        ],
      },
      (err, result) => (err ? reject(err) : resolve(result)),
    )
  })
}

const refusedConnection = (err: unknown) => {
  const code = (err as { cause?: { code?: string } }).cause?.code
  return code === 'ECONNREFUSED'
}

/**
 * Sends each submission through `workers` concurrent clients that behave like careful people:
 * when the server cannot be reached at all the same submission is sent again a moment later
 * (nothing was sent); when the connection breaks mid-request the answer is unknown, so it is
 * recorded as unanswered and not repeated.
 */
export async function sendThroughOutage(
  submissions: Submission[],
  workers: number,
  answers: Map<string, Answer>,
  unanswered: Set<string>,
  onAnswer: () => void,
) {
  const queue = [...submissions]
  const worker = async () => {
    for (let s = queue.shift(); s; s = queue.shift()) {
      for (;;) {
        try {
          const res = await fetch(`${BASE}/api/contact-requests`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(s.body),
            signal: AbortSignal.timeout(120_000),
          })
          answers.set(s.marker, { status: res.status, body: await res.text() })
          onAnswer()
          break
        } catch (err) {
          if (refusedConnection(err)) {
            await new Promise((resolve) => setTimeout(resolve, 100))
            continue
          }
          unanswered.add(s.marker)
          break
        }
      }
    }
  }
  await Promise.all(Array.from({ length: workers }, worker))
}
