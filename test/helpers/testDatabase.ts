import fs from 'node:fs'
import path from 'node:path'

import { parseDatabaseUrl } from '../../src/db/databaseUrl'

export const TEST_DATA_DIR = path.resolve(process.cwd(), 'data/test')

/** The engine the suite runs on: TEST_DATABASE_URL, or SQLite files under data/test. */
export function testEngine() {
  return parseDatabaseUrl(process.env.TEST_DATABASE_URL || 'file:./data/test/unused.db', 'TEST_DATABASE_URL').engine
}

/**
 * A database of its own for one test file (one process), on the engine TEST_DATABASE_URL
 * names, so files never see each other's writes. Returns the URL to use as DATABASE_URL.
 */
export async function createIsolatedDatabase(label: string): Promise<string> {
  const base = process.env.TEST_DATABASE_URL
  const suffix = `${label}_${process.pid}_${Date.now().toString(36)}`.replace(/[^a-z0-9_]/gi, '_').toLowerCase()
  const { engine } = parseDatabaseUrl(base || undefined, 'TEST_DATABASE_URL')
  if (!base || engine === 'sqlite') {
    fs.mkdirSync(TEST_DATA_DIR, { recursive: true })
    return `file:${path.join(TEST_DATA_DIR, `${suffix}.db`)}`
  }
  const url = new URL(base)
  const dbName = `${url.pathname.replace(/^\//, '') || 'expo_archive_test'}_${suffix}`.slice(0, 63)
  if (engine === 'postgres') {
    const { default: pg } = await import('pg')
    const admin = new pg.Client({ connectionString: maintenanceUrl(base) })
    await admin.connect()
    await admin.query(`CREATE DATABASE "${dbName}"`)
    await admin.end()
  }
  url.pathname = `/${dbName}`
  return url.toString()
}

/** Removes every database the suite made; a leftover would only cost disk space. */
export async function dropTestDatabases(): Promise<void> {
  fs.rmSync(TEST_DATA_DIR, { recursive: true, force: true })
  const base = process.env.TEST_DATABASE_URL
  if (!base || parseDatabaseUrl(base, 'TEST_DATABASE_URL').engine !== 'postgres') return
  const prefix = new URL(base).pathname.replace(/^\//, '') || 'expo_archive_test'
  const { default: pg } = await import('pg')
  const admin = new pg.Client({ connectionString: maintenanceUrl(base) })
  await admin.connect()
  const { rows } = await admin.query('SELECT datname FROM pg_database WHERE datname LIKE $1', [`${prefix}\\_%`])
  for (const { datname } of rows) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`)
  await admin.end()
}

/** Creating and dropping databases happens from the server's own `postgres` database. */
function maintenanceUrl(base: string): string {
  const url = new URL(base)
  url.pathname = '/postgres'
  return url.toString()
}
