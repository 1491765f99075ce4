import path from 'node:path'

import { defineConfig } from 'vitest/config'

const root = path.dirname(new URL(import.meta.url).pathname)

// Load and crash suite (`npm run test:load`): a production server under `npm start`'s supervisor
// on loopback, thousands of form submissions, a kill -9 in the middle. Bounded: ~2,400 + ~1,200
// submissions; about 2 minutes plus the production build when `npm start` finds it stale.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/load/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 960_000,
    execArgv: [`--import=${path.join(root, 'scripts/preload-lexical.mjs')}`],
  },
})
