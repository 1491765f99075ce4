import http from 'node:http'
import type { AddressInfo } from 'node:net'

/**
 * A few lines of S3 on loopback (path-style PUT, GET, HEAD, DELETE of whole objects), enough
 * to see what the storage adapter sends where. Not a compatibility test of S3 itself: there is
 * no real S3-style server on this machine.
 */
export async function startFakeS3() {
  const objects = new Map<string, { body: Buffer; type: string }>()
  const requests: string[] = []
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const key = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
      requests.push(`${req.method} ${key}`)
      if (req.method === 'PUT') {
        objects.set(key, {
          body: Buffer.concat(chunks),
          type: String(req.headers['content-type'] ?? 'application/octet-stream'),
        })
        res.writeHead(200, { ETag: '"fake"' }).end()
        return
      }
      const object = objects.get(key)
      if (req.method === 'DELETE') {
        objects.delete(key)
        res.writeHead(204).end()
        return
      }
      if (!object) {
        res
          .writeHead(404, { 'Content-Type': 'application/xml' })
          .end(req.method === 'HEAD' ? undefined : '<Error><Code>NoSuchKey</Code></Error>')
        return
      }
      res.writeHead(200, {
        'Content-Type': object.type,
        'Content-Length': object.body.length,
        ETag: '"fake"',
        'Last-Modified': new Date().toUTCString(),
      })
      res.end(req.method === 'HEAD' ? undefined : object.body)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    objects,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
