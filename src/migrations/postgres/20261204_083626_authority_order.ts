import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_contact_requests_relationship" ADD VALUE 'authority_order' BEFORE 'other';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "contact_requests" ALTER COLUMN "relationship" SET DATA TYPE text;
  DROP TYPE "public"."enum_contact_requests_relationship";
  CREATE TYPE "public"."enum_contact_requests_relationship" AS ENUM('rights_holder', 'authorized_agent', 'person_concerned', 'other');
  ALTER TABLE "contact_requests" ALTER COLUMN "relationship" SET DATA TYPE "public"."enum_contact_requests_relationship" USING "relationship"::"public"."enum_contact_requests_relationship";`)
}
