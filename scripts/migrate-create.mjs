#!/usr/bin/env node
// `npm run migrate:create -- <name>`: writes the next migration for both SQL dialects from the
// current collection config. SQLite uses a scratch file; PostgreSQL needs a reachable server
// (MIGRATE_POSTGRES_URL, default the local one .ci/run starts).
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const name = process.argv[2] || 'change'
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'expo-migrate-'))
const targets = [
  ['sqlite', `file:${path.join(scratch, 'scratch.db')}`],
  ['postgres', process.env.MIGRATE_POSTGRES_URL || 'postgres://postgres:postgres@127.0.0.1:5432/expo_archive_dev'],
]
for (const [engine, url] of targets) {
  console.log(`Creating ${engine} migration "${name}"…`)
  const run = spawnSync('npx', ['payload', 'migrate:create', name, '--skip-empty'], {
    stdio: 'inherit',
    env: { ...process.env, DATABASE_URL: url, SEED_ON_INIT: 'false' },
  })
  if (run.status !== 0) process.exit(run.status ?? 1)
}
fs.rmSync(scratch, { recursive: true, force: true })
