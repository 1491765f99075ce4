import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "takedown_settings" ADD COLUMN "holidays" varchar;
  ALTER TABLE "takedown_settings" ADD COLUMN "working_weekend_days" varchar;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "takedown_settings" DROP COLUMN "holidays";
  ALTER TABLE "takedown_settings" DROP COLUMN "working_weekend_days";`)
}
