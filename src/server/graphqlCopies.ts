import type { IncomingMessage, OutgoingHttpHeaders } from 'node:http'
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib'

import { Kind, parse } from 'graphql'

import { apiVariant, type CopyKey, personalOrSpecial } from './pageCache'

// Anonymous GraphQL reads get the same short-lived copies as the REST reads (pageCache.ts): a
// headless client asking the same query of the public collections again and again is answered
// from the copy until content changes. GraphQL asks by POST, so the body is part of the key: it
// is read here before Next, then handed back to the stream for Next to read as if untouched.
//
// Only a query of the public collections is copied (never a mutation or subscription, nor a
// query of anything else: the content stamp that keeps copies current only follows those
// collections' changes), and only an answer without errors.
// A copy costs no work, so it does not count against proxy.ts's per-network GraphQL budget,
// which bounds the operations that run.

/** Bodies larger than this are not read ahead: they go to Next (and its limits) as they come. */
export const MAX_COPIED_BODY_BYTES = 8 * 1024

/** Whether this request may be answered from, or give, a copy: an anonymous JSON POST of known, small length. */
export function mayCopyGraphql(req: Pick<IncomingMessage, 'method' | 'url' | 'headers'>): boolean {
  if (req.method !== 'POST' || req.url !== '/api/graphql' || personalOrSpecial(req)) return false
  if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) return false
  const length = Number(req.headers['content-length'])
  return Number.isInteger(length) && length > 0 && length <= MAX_COPIED_BODY_BYTES
}

/** The copy's key for a request mayCopyGraphql() admitted, with this body. */
export function graphqlCopyKey(req: Pick<IncomingMessage, 'headers'>, body: Buffer): CopyKey {
  return { kind: 'api', key: `POST /api/graphql\n${apiVariant(req)}\n${body.toString('utf8')}` }
}

/**
 * Reads the whole body (Content-Length bytes) and puts it back at the front of the stream, so
 * that whoever reads the request next gets all of it. The stream's end has not been announced
 * yet when the bytes go back, which is what lets them go back. Null if the body never came whole.
 */
export function readBodyKeepingIt(req: IncomingMessage): Promise<Buffer | null> {
  const length = Number(req.headers['content-length'])
  return new Promise((resolve) => {
    const chunks: Buffer[] = []
    let size = 0
    const done = (body: Buffer | null) => {
      req.off('readable', onReadable)
      req.off('error', onError)
      req.off('end', onEnd)
      if (body) req.unshift(body)
      resolve(body)
    }
    function onReadable() {
      let chunk: Buffer | null
      while (size < length && (chunk = req.read() as Buffer | null) !== null) {
        chunks.push(chunk)
        size += chunk.length
      }
      if (size >= length) done(Buffer.concat(chunks, size))
    }
    // A body shorter than announced: give back what came, copy nothing.
    const onEnd = () => done(null)
    const onError = () => done(null)
    req.on('readable', onReadable)
    req.on('end', onEnd)
    req.on('error', onError)
  })
}

/** Root fields of the public collections (Payload's names: Editions, Edition, countEditions…). */
const PUBLIC_ROOT_FIELD = /^(count)?(Edition|Organization|Page)s?$|^__typename$/

/**
 * Whether the body asks for a query operation (the one named by operationName, or the only one)
 * whose every root field reads a public collection.
 */
export function isCopyableQuery(body: Buffer): boolean {
  try {
    const { query, operationName } = JSON.parse(body.toString('utf8')) as { query?: unknown; operationName?: unknown }
    if (typeof query !== 'string') return false
    const operations = parse(query).definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION)
    const chosen =
      typeof operationName === 'string' && operationName
        ? operations.find((d) => d.name?.value === operationName)
        : operations.length === 1
          ? operations[0]
          : undefined
    if (chosen?.operation !== 'query') return false
    return chosen.selectionSet.selections.every(
      (selection) => selection.kind === Kind.FIELD && PUBLIC_ROOT_FIELD.test(selection.name.value),
    )
  } catch {
    return false
  }
}

/** An answer worth keeping: JSON with data and no errors (an error may be passing). */
export function isAnswerWithoutErrors(body: Buffer, headers: OutgoingHttpHeaders): boolean {
  try {
    const encoding = String(headers['content-encoding'] ?? '')
    const plain =
      encoding === 'gzip'
        ? gunzipSync(body)
        : encoding === 'br'
          ? brotliDecompressSync(body)
          : encoding === 'deflate'
            ? inflateSync(body)
            : body
    const answer = JSON.parse(plain.toString('utf8')) as { data?: unknown; errors?: unknown }
    return answer.errors === undefined && answer.data !== undefined
  } catch {
    return false
  }
}
