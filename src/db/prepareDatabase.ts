import type { Payload } from 'payload'

import { migrationsFor } from './databaseAdapter'
import { keepPlannerStatisticsFresh } from './plannerStatistics'
import { env } from '../config/env'
import { seedIfEmpty } from '../seed/seed'

/**
 * Brings the database to the committed schema and fills an empty one with the expo
 * record. Production starts already ran the migrations in the adapter (prodMigrations);
 * every other start (tests, dev) applies the same files here, never a schema push.
 */
export async function prepareDatabase(payload: Payload): Promise<void> {
  const settings = env()
  if (settings.NODE_ENV !== 'production') {
    const migrations = migrationsFor()
    if (migrations.length) await payload.db.migrate({ migrations })
  }
  if (settings.SEED_ON_INIT !== false) await seedIfEmpty(payload)
  await keepPlannerStatisticsFresh(payload)
}
