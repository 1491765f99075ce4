import fs from 'node:fs'
import path from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj, Migration } from 'payload'

import { parseDatabaseUrl } from './databaseUrl'
import { indexPostgresLocaleParents, indexSqliteLocaleParents } from './localeParentIndexes'
import { env } from '../config/env'
import { migrations as postgresMigrations } from '../migrations/postgres'
import { migrations as sqliteMigrations } from '../migrations/sqlite'

const MIGRATIONS_ROOT = path.resolve(process.cwd(), 'src/migrations')

/**
 * Picks the Payload database adapter from DATABASE_URL. The schema is never pushed:
 * SQL engines apply the committed migrations for their dialect, MongoDB needs none.
 */
export function databaseAdapter(rawUrl = env().DATABASE_URL): DatabaseAdapterObj {
  const target = parseDatabaseUrl(rawUrl)
  switch (target.engine) {
    case 'sqlite': {
      fs.mkdirSync(path.dirname(target.url.slice('file:'.length)), { recursive: true })
      return sqliteAdapter({
        client: { url: target.url },
        // Concurrent writers (form submissions, editors) queue instead of failing with SQLITE_BUSY.
        wal: true,
        busyTimeout: 10_000,
        push: false,
        migrationDir: path.join(MIGRATIONS_ROOT, 'sqlite'),
        prodMigrations: sqliteMigrations,
        afterSchemaInit: [indexSqliteLocaleParents],
      })
    }
    case 'postgres':
      return postgresAdapter({
        pool: { connectionString: target.url, connectionTimeoutMillis: 5_000 },
        push: false,
        migrationDir: path.join(MIGRATIONS_ROOT, 'postgres'),
        prodMigrations: postgresMigrations,
        afterSchemaInit: [indexPostgresLocaleParents],
      })
    case 'mongodb':
      return mongooseAdapter({
        url: target.url,
        connectOptions: { serverSelectionTimeoutMS: 5_000 },
        // Multi-document transactions need a replica set (Atlas always is one); a single
        // mongod answers them with an error, so they are only on when the URL says so.
        transactionOptions: mongoSupportsTransactions(target.url) ? {} : false,
      })
  }
}

export function mongoSupportsTransactions(url: string): boolean {
  return url.startsWith('mongodb+srv:') || /[?&]replicaSet=/.test(url)
}

/** Migrations of the active SQL engine, so non-production starts can apply the same files. */
export function migrationsFor(rawUrl = env().DATABASE_URL): Migration[] {
  const { engine } = parseDatabaseUrl(rawUrl)
  // Generated migration files type their arguments per dialect; the runner takes either.
  if (engine === 'sqlite') return sqliteMigrations as unknown as Migration[]
  if (engine === 'postgres') return postgresMigrations as unknown as Migration[]
  return []
}
