// One of our TypeScript entry points as a single ES module for plain Node: esbuild bundles our
// own code and leaves packages to Node's own loader. Used by run-ts.mjs (command-line entry
// points) and serve.mjs (the site's server).
import fs from 'node:fs'
import path from 'node:path'

export const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')

/** Bundles `entry` into node_modules/.cache/expo-archive-<kind>/ and returns the file's path. */
export async function bundleTs(entry, kind, extra = {}) {
  // Without worker threads esbuild works in a short child process and leaves nothing running
  // (its worker thread would keep a helper process alive beside a long-lived server).
  process.env.ESBUILD_WORKER_THREADS = '0'
  const { buildSync } = await import('esbuild')
  const outDir = path.join(root, 'node_modules', '.cache', `expo-archive-${kind}`)
  fs.mkdirSync(outDir, { recursive: true })
  const outfile = path.join(outDir, `${path.basename(entry, '.ts')}-${process.pid}.mjs`)
  buildSync({
    entryPoints: [path.resolve(entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'error',
    ...extra,
  })
  return outfile
}
