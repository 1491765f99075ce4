// Runs in each test process before its test file: points DATABASE_URL at a fresh database.
import path from 'node:path'

import { createIsolatedDatabase } from './testDatabase'

process.env.PAYLOAD_SECRET ||= 'test-secret-for-the-expo-archive-suite'
process.env.NEXT_TELEMETRY_DISABLED = '1'
delete process.env.SEED_ADMIN_EMAIL
delete process.env.SEED_ADMIN_PASSWORD

const testFile = (globalThis as { __vitest_worker__?: { filepath?: string } }).__vitest_worker__?.filepath ?? 'test'
process.env.DATABASE_URL = await createIsolatedDatabase(path.basename(testFile).replace(/\.test\.ts$/, ''))
