#!/usr/bin/env node
// Runs the site's HTTP server (src/server/main.ts) in this process:
//   node scripts/serve.mjs [--dev] [-p port] [-H host]      (port also from PORT, default 3000)
// The TypeScript entry is bundled (bundle-ts.mjs) and imported here, so the server is this
// process: signals and memory limits reach it directly.
import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import { bundleTs, root } from './bundle-ts.mjs'

const args = process.argv.slice(2)
const option = (flag) => {
  const at = args.indexOf(flag)
  return at >= 0 ? args[at + 1] : undefined
}
const dev = args.includes('--dev')
const port = Number(option('-p') ?? process.env.PORT ?? 3000)
const hostname = option('-H')
if (!Number.isInteger(port) || port <= 0 || port > 65535) {
  console.error(`serve: "${option('-p') ?? process.env.PORT}" is not a port number`)
  process.exit(2)
}
process.env.NODE_ENV ??= dev ? 'development' : 'production'

const outfile = await bundleTs(path.join(root, 'src/server/main.ts'), 'server')
let serve
try {
  ;({ serve } = await import(pathToFileURL(outfile).href))
} finally {
  fs.rmSync(outfile, { force: true })
}
try {
  await serve({ root, dev, port, hostname })
} catch (err) {
  console.error(`serve: the server did not start: ${err.message}`)
  process.exit(1)
}
