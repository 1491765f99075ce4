import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "counter_notices" ADD COLUMN "address" varchar;
  ALTER TABLE "counter_notices" ADD COLUMN "phone" varchar;
  ALTER TABLE "counter_notices" ADD COLUMN "jurisdiction" boolean;
  ALTER TABLE "counter_notices" ADD COLUMN "signature" varchar;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "counter_notices" DROP COLUMN "address";
  ALTER TABLE "counter_notices" DROP COLUMN "phone";
  ALTER TABLE "counter_notices" DROP COLUMN "jurisdiction";
  ALTER TABLE "counter_notices" DROP COLUMN "signature";`)
}
