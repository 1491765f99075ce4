#!/usr/bin/env node
// `npm run lint` (and the first step of `npm test`): every check that reads the code without
// running it. Each runs even when an earlier one failed, so one pass shows every finding.
//   prettier         formatting (.prettierrc.json)
//   eslint           Next's core-web-vitals + typescript-eslint, sorted imports (eslint.config.mjs)
//   knip             unused files, exports and dependencies (knip.json)
//   dependency-cruiser  the import rules: src/ never imports collections/, no cycles (.dependency-cruiser.cjs)
//   tsc              types
import { phase, run } from './lib.mjs'

const preload = `--import=${new URL('./preload-lexical.mjs', import.meta.url).pathname}`
const checks = [
  { name: 'prettier', args: ['prettier', '--check', '--log-level=warn', '.'] },
  { name: 'eslint', args: ['eslint', '--max-warnings=0', '.'] },
  // knip loads the config files it finds (vitest, next); Lexical needs the preload on Node 20.
  { name: 'knip', args: ['knip', '--no-progress'], env: { NODE_OPTIONS: preload } },
  {
    name: 'dependency-cruiser',
    args: [
      'depcruise',
      'app',
      'collections',
      'globals',
      'src',
      'scripts',
      'test',
      'payload.config.ts',
      'proxy.ts',
      '--output-type',
      'err',
    ],
  },
  { name: 'tsc', args: ['tsc', '--noEmit'] },
]

const failed = []
for (const check of checks) {
  phase(`lint: ${check.name}`)
  try {
    await run('npx', check.args, { env: { ...process.env, ...check.env } })
  } catch {
    failed.push(check.name)
  }
}
if (failed.length) {
  console.error(
    `\nlint failed: ${failed.join(', ')} (npm run format fixes formatting; eslint --fix most import orders)`,
  )
  process.exit(1)
}
console.log('\nlint: clean')
