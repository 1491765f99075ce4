import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "takedown_settings" ADD COLUMN "notices_contact_name" varchar;
  ALTER TABLE "takedown_settings" ADD COLUMN "notices_contact_email" varchar;
  ALTER TABLE "takedown_settings" ADD COLUMN "notices_contact_postal_address" varchar;
  ALTER TABLE "takedown_settings" ADD COLUMN "notices_contact_phone" varchar;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "takedown_settings" DROP COLUMN "notices_contact_name";
  ALTER TABLE "takedown_settings" DROP COLUMN "notices_contact_email";
  ALTER TABLE "takedown_settings" DROP COLUMN "notices_contact_postal_address";
  ALTER TABLE "takedown_settings" DROP COLUMN "notices_contact_phone";`)
}
