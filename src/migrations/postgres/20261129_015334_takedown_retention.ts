import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'anonymiseClosedRequests';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'anonymiseClosedRequests';
  ALTER TABLE "contact_requests" ADD COLUMN "anonymised_at" timestamp(3) with time zone;
  ALTER TABLE "contact_requests" ADD COLUMN "erasure_requested_at" timestamp(3) with time zone;
  CREATE INDEX "contact_requests_anonymised_at_idx" ON "contact_requests" USING btree ("anonymised_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'sendTakedownMail', 'closeUnanswered', 'overdueDigest');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'sendTakedownMail', 'closeUnanswered', 'overdueDigest');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "contact_requests_anonymised_at_idx";
  ALTER TABLE "contact_requests" DROP COLUMN "anonymised_at";
  ALTER TABLE "contact_requests" DROP COLUMN "erasure_requested_at";`)
}
