import path from 'node:path'

import { defineConfig } from 'vitest/config'

const root = path.dirname(new URL(import.meta.url).pathname)

// Load and crash suite (`npm run test:load`): a production server under `npm start`'s supervisor
// on loopback, thousands of form submissions, a kill -9 in the middle. Bounded: 2,000 + 600
// submissions; 4–5 minutes on a busy 2-core machine, plus the production build when `npm start` finds it stale.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/load/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 420_000,
    hookTimeout: 960_000,
    execArgv: [`--import=${path.join(root, 'scripts/preload-lexical.mjs')}`],
  },
})
