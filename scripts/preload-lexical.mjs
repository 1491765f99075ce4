// Loaded with `node --import` before our CLIs and servers. Lexical's Node builds pick their
// dev or prod file with a top-level `await import()`; on Node 20, evaluating several of
// those modules at once through a cycle now and then never settles, and Node exits with
// code 13 having done nothing (fixed in Node 22). Evaluating them one by one, leaves first,
// takes that race away.
import fs from 'node:fs'
import path from 'node:path'

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')
const scoped = path.join(root, 'node_modules', '@lexical')
const first = ['lexical', '@lexical/utils', '@lexical/selection', '@lexical/html']
const rest = fs.existsSync(scoped) ? fs.readdirSync(scoped).map((name) => `@lexical/${name}`) : []

for (const specifier of [...first, ...rest.filter((name) => !first.includes(name))]) {
  try {
    await import(specifier)
  } catch {
    // Packages meant only for the browser (e.g. @lexical/react) may not load in Node; skip them.
  }
}
