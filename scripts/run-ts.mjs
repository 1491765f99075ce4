#!/usr/bin/env node
// Runs one of our TypeScript command-line entry points (src/cli/*.ts) with plain Node:
// esbuild bundles our own code into one file and leaves packages to Node's own loader.
// The child preloads Lexical one module at a time (see preload-lexical.mjs).
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { bundleTs, root } from './bundle-ts.mjs'

const [entry, ...args] = process.argv.slice(2)
if (!entry) {
  console.error('usage: node scripts/run-ts.mjs <file.ts> [args…]')
  process.exit(2)
}
const outfile = await bundleTs(entry, 'cli', {
  sourcemap: 'inline',
  // next has no exports map, so Node's ESM resolver needs the file name.
  alias: { 'next/cache': 'next/cache.js' },
  // Bundled code still resolves paths from the project root, as it would unbundled.
  banner: {
    js: `import { createRequire as __cr } from 'node:module'; const require = __cr(${JSON.stringify(path.join(root, 'package.json'))});`,
  },
  define: { 'import.meta.url': JSON.stringify(`file://${path.resolve(entry)}`) },
})
const preload = path.join(root, 'scripts', 'preload-lexical.mjs')
const result = spawnSync(process.execPath, ['--enable-source-maps', '--import', preload, outfile, ...args], {
  stdio: 'inherit',
  cwd: process.cwd(),
})
if (!process.env.KEEP_BUNDLE) fs.rmSync(outfile, { force: true })
process.exit(result.status ?? 1)
