import path from 'node:path'

import { defineConfig } from 'vitest/config'

const root = path.dirname(new URL(import.meta.url).pathname)

export default defineConfig({
  resolve: {
    alias: [
      { find: '@payload-config', replacement: path.join(root, 'payload.config.ts') },
      { find: '@', replacement: path.join(root, 'src') },
      { find: '@collections', replacement: path.join(root, 'collections') },
      // One graphql instance, as in Node and in Next (which keeps graphql external): Vite would
      // otherwise give our source the ESM build while Payload's handler requires the CommonJS one,
      // and errors our validation rules raise would fail its `instanceof GraphQLError` check.
      { find: /^graphql$/, replacement: path.join(root, 'node_modules/graphql/index.js') },
    ],
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
