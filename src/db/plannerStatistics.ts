import type { Payload } from 'payload'

// SQLite chooses an index by its statistics (sqlite_stat1), which it only gathers when asked
// (ANALYZE; the libsql build here is SQLite 3.45, whose `PRAGMA optimize` gathers none for a
// table never analysed). Without them, the staff's "open requests" list (status in three open
// states, ordered by openRank, dueAt, createdAt) read ~10,000 open rows of 100,000 through the
// status index and sorted them all for each page of ten: 17 ms a request, 57 req/s at
// 10 connections. With them it walks the (openRank, dueAt, createdAt) index and stops after ten.
// PostgreSQL keeps its own statistics (autovacuum); MongoDB has no planner statistics to refresh.

/**
 * Rows SQLite samples per index (0: all). A sample of 4,000 gave the right plan on one bench
 * database and the status index on the next (it estimated 4,001 rows per status for all of them);
 * the full count takes ~70 ms on 100,000 requests, once at start and every six hours.
 */
const ANALYSIS_LIMIT = 0
/** How often the statistics are refreshed while the server runs, as the tables grow. */
export const PLANNER_STATISTICS_INTERVAL_MS = 6 * 60 * 60_000

type SqliteClient = { execute: (sql: string) => Promise<unknown> }

/** The libsql client behind Payload's SQLite adapter; null on other engines. */
function sqliteClient(payload: Payload): SqliteClient | null {
  const db = payload.db as unknown as { name: string; client?: SqliteClient }
  return db.name === 'sqlite' && db.client ? db.client : null
}

/** Gathers SQLite's planner statistics; does nothing on other engines. */
export async function refreshPlannerStatistics(payload: Payload): Promise<void> {
  const client = sqliteClient(payload)
  if (!client) return
  await client.execute(`PRAGMA analysis_limit = ${ANALYSIS_LIMIT}`)
  await client.execute('ANALYZE')
}

/** Refreshes the statistics now and then every PLANNER_STATISTICS_INTERVAL_MS, without holding the process open. */
export async function keepPlannerStatisticsFresh(payload: Payload): Promise<void> {
  if (!sqliteClient(payload)) return
  await refreshPlannerStatistics(payload)
  setInterval(() => {
    refreshPlannerStatistics(payload).catch((err: Error) =>
      payload.logger.warn(`planner statistics not refreshed: ${err.message}`),
    )
  }, PLANNER_STATISTICS_INTERVAL_MS).unref()
}
