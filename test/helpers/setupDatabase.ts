// Runs in each test process before its test file: points DATABASE_URL at a fresh database.
import path from 'node:path'

import { expect } from 'vitest'

import { createIsolatedDatabase, TEST_DATA_DIR } from './testDatabase'

process.env.PAYLOAD_SECRET ||= 'test-secret-for-the-expo-archive-suite'
process.env.NEXT_TELEMETRY_DISABLED = '1'
delete process.env.SEED_ADMIN_EMAIL
delete process.env.SEED_ADMIN_PASSWORD
// The suites file many notices from one address and domain; the ceiling on automatic hides has
// its own test (takedown-auto-hide-ceiling), which sets the real limits.
process.env.AUTO_HIDE_LIMIT_PER_SENDER ||= '1000000'
process.env.AUTO_HIDE_LIMIT_PER_DOMAIN ||= '1000000'

// Vitest's public expect state names the test file this process runs (one file a process: pool forks).
const testFile = expect.getState().testPath ?? 'test'
const label = path.basename(testFile).replace(/\.test\.ts$/, '')
process.env.DATABASE_URL = await createIsolatedDatabase(label)
// Uploads of this test file go to its own folder, never into the real data/media.
process.env.MEDIA_DIR = path.join(TEST_DATA_DIR, `media-${label}-${process.pid}`)
