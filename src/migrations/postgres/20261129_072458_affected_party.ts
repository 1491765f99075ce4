import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_contact_requests_affected_party_language" AS ENUM('en', 'zh');
  ALTER TABLE "contact_requests" ADD COLUMN "affected_party_name" varchar;
  ALTER TABLE "contact_requests" ADD COLUMN "affected_party_email" varchar;
  ALTER TABLE "contact_requests" ADD COLUMN "affected_party_language" "enum_contact_requests_affected_party_language" DEFAULT 'en';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "contact_requests" DROP COLUMN "affected_party_name";
  ALTER TABLE "contact_requests" DROP COLUMN "affected_party_email";
  ALTER TABLE "contact_requests" DROP COLUMN "affected_party_language";
  DROP TYPE "public"."enum_contact_requests_affected_party_language";`)
}
