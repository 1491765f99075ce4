import { beginTransaction } from '@payloadcms/drizzle'
import { initTransaction, type PayloadRequest } from 'payload'

type SqliteAdapter = {
  name: string
  busyTimeout?: number
  wal?: { synchronous?: string } | boolean
  client: { execute: (sql: string) => Promise<unknown> }
}

/**
 * Opens one database transaction on `req` for a group of writes that must all happen or none
 * (a bulk import). PostgreSQL and MongoDB replica sets get Payload's own. Our SQLite adapter
 * runs without transactions (each write commits at once, so concurrent writers only queue), so
 * here one is opened explicitly with the adapter's own drizzle code: BEGIN IMMEDIATE, which
 * waits for the write lock like any writer. Returns false where none is possible (MongoDB
 * without a replica set); callers then rely on having checked every row first.
 */
export async function beginAtomicWrite(req: PayloadRequest): Promise<boolean> {
  if (await initTransaction(req)) return true
  const db = req.payload.db as unknown as SqliteAdapter
  if (db.name !== 'sqlite') return false
  const id = await beginTransaction.call(req.payload.db as never, {} as never)
  if (!id) return false
  req.transactionID = id
  await restoreConnectionSettings(db)
  return true
}

/**
 * libsql hands its connection to the transaction and opens a fresh one for everything else;
 * that one needs the per-connection settings the adapter applied at start-up, or concurrent
 * writers would fail with SQLITE_BUSY at once instead of waiting their turn.
 */
async function restoreConnectionSettings(db: SqliteAdapter) {
  if (db.busyTimeout && db.busyTimeout > 0) await db.client.execute(`PRAGMA busy_timeout = ${db.busyTimeout};`)
  if (db.wal && typeof db.wal === 'object' && db.wal.synchronous)
    await db.client.execute(`PRAGMA synchronous = ${db.wal.synchronous};`)
}
