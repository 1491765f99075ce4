#!/usr/bin/env node
// `npm run migrate:create -- <name>`: writes the next migration for both SQL dialects from the
// current collection config. SQLite uses a scratch file; PostgreSQL needs a reachable server
// (MIGRATE_POSTGRES_URL, default the local one .ci/run starts).
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

// `--reset` (before the first release only): replaces all migrations with one "initial".
const reset = process.argv.includes('--reset')
const name = process.argv.slice(2).find((arg) => !arg.startsWith('--')) || (reset ? 'initial' : 'change')
if (reset) {
  for (const dir of ['sqlite', 'postgres']) {
    const folder = path.resolve('src/migrations', dir)
    for (const file of fs.readdirSync(folder)) if (file !== 'index.ts') fs.rmSync(path.join(folder, file))
    fs.writeFileSync(path.join(folder, 'index.ts'), 'export const migrations = []\n')
  }
}
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'expo-migrate-'))
const targets = [
  ['sqlite', `file:${path.join(scratch, 'scratch.db')}`],
  ['postgres', process.env.MIGRATE_POSTGRES_URL || 'postgres://postgres:postgres@127.0.0.1:5432/expo_archive_dev'],
]
for (const [engine, url] of targets) {
  const folder = path.resolve('src/migrations', engine)
  const before = new Set(fs.readdirSync(folder))
  // Check that a file was written: a CLI that dies early can still exit 0.
  for (let attempt = 1; ; attempt++) {
    console.log(`Creating ${engine} migration "${name}"…`)
    const run = spawnSync('npx', ['payload', 'migrate:create', name, '--force-accept-warning'], {
      stdio: 'inherit',
      env: {
        ...process.env,
        DATABASE_URL: url,
        SEED_ON_INIT: 'false',
        NODE_ENV: 'development',
        NODE_OPTIONS: `--import=${path.resolve('scripts/preload-lexical.mjs')}`,
      },
    })
    if (run.status !== 0) process.exit(run.status ?? 1)
    if (fs.readdirSync(folder).some((file) => !before.has(file))) break
    if (attempt === 3) {
      console.error(`No ${engine} migration was written after 3 attempts.`)
      process.exit(1)
    }
  }
}
fs.rmSync(scratch, { recursive: true, force: true })
