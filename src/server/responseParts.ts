import type { OutgoingHttpHeaders } from 'node:http'

// What the server's watchers of Next's answers (pageCache.ts, notFoundRepair.ts) need to read
// from the calls Next makes on a ServerResponse.

/** A chunk given to res.write() or res.end() as bytes; null for none (or end()'s callback). */
export function chunkToBuffer(chunk: unknown, encoding: unknown): Buffer | null {
  if (Buffer.isBuffer(chunk)) return chunk
  if (typeof chunk === 'string')
    return Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8')
  if (chunk instanceof Uint8Array) return Buffer.from(chunk)
  return null
}

/** The headers object given to res.writeHead(status, [message,] headers), if any. */
export function headersGiven(args: unknown[]): OutgoingHttpHeaders | undefined {
  return args.find((a, i) => i > 0 && a && typeof a === 'object' && !Array.isArray(a)) as
    OutgoingHttpHeaders | undefined
}
