import path from 'node:path'

import { defineConfig } from 'vitest/config'

const root = path.dirname(new URL(import.meta.url).pathname)

export default defineConfig({
  resolve: {
    alias: {
      '@payload-config': path.join(root, 'payload.config.ts'),
      '@': path.join(root, 'src'),
      '@collections': path.join(root, 'collections'),
    },
  },
  test: {
    // jsdom breaks payload.login; the Local API is server code.
    environment: 'node',
    // Each test file runs in its own child process with its own fresh database.
    pool: 'forks',
    // Lexical's Node builds can deadlock on Node 20 when loaded concurrently; see scripts/preload-lexical.mjs.
    execArgv: [`--import=${path.join(root, 'scripts/preload-lexical.mjs')}`],
    include: ['test/int/**/*.test.ts', 'test/unit/**/*.test.ts'],
    setupFiles: ['test/helpers/setupDatabase.ts'],
    globalSetup: ['test/helpers/globalSetup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    maxWorkers: 2,
  },
})
