import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_contact_requests_first_action" AS ENUM('removed', 'edited', 'declined', 'reinstated', 'abusive');
  ALTER TABLE "contact_requests" ADD COLUMN "first_action" "enum_contact_requests_first_action";
  ALTER TABLE "contact_requests" ADD COLUMN "first_action_at" timestamp(3) with time zone;
  ALTER TABLE "contact_requests" ADD COLUMN "auto_closed_at" timestamp(3) with time zone;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "contact_requests" DROP COLUMN "first_action";
  ALTER TABLE "contact_requests" DROP COLUMN "first_action_at";
  ALTER TABLE "contact_requests" DROP COLUMN "auto_closed_at";
  DROP TYPE "public"."enum_contact_requests_first_action";`)
}
