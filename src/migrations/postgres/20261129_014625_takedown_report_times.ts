import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "contact_requests" ADD COLUMN "acknowledged_at" timestamp(3) with time zone;
  ALTER TABLE "contact_requests" ADD COLUMN "hidden_at" timestamp(3) with time zone;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "contact_requests" DROP COLUMN "acknowledged_at";
  ALTER TABLE "contact_requests" DROP COLUMN "hidden_at";`)
}
