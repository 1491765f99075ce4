import path from 'node:path'

import { defineConfig } from 'vitest/config'

const root = path.dirname(new URL(import.meta.url).pathname)

// Several instances: two production servers on one database, with and without the shared
// Redis cache (test/scale). Needs a Redis server: TEST_REDIS_URL, default redis://127.0.0.1:6379.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/scale/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 600_000,
    execArgv: [`--import=${path.join(root, 'scripts/preload-lexical.mjs')}`],
  },
})
