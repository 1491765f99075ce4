import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_counter_notices_language" AS ENUM('en', 'zh');
  ALTER TYPE "public"."enum_contact_requests_status" ADD VALUE 'counter_noticed' BEFORE 'edited';
  ALTER TYPE "public"."enum_takedown_audit_from_status" ADD VALUE 'counter_noticed' BEFORE 'edited';
  ALTER TYPE "public"."enum_takedown_audit_to_status" ADD VALUE 'counter_noticed' BEFORE 'edited';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'restoreAfterCounterNotice' BEFORE 'overdueDigest';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'restoreAfterCounterNotice' BEFORE 'overdueDigest';
  ALTER TABLE "contact_requests" ADD COLUMN "reasons_automated" boolean;
  ALTER TABLE "contact_requests" ADD COLUMN "restore_at" timestamp(3) with time zone;
  ALTER TABLE "contact_requests" ADD COLUMN "action_filed" varchar;
  ALTER TABLE "contact_requests" ADD COLUMN "action_filed_at" timestamp(3) with time zone;
  ALTER TABLE "counter_notices" ADD COLUMN "language" "enum_counter_notices_language" DEFAULT 'en';
  ALTER TABLE "takedown_settings" ADD COLUMN "counter_notice_business_days" numeric DEFAULT 10 NOT NULL;
  CREATE INDEX "contact_requests_restore_at_idx" ON "contact_requests" USING btree ("restore_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "contact_requests" ALTER COLUMN "status" SET DATA TYPE text;
  DROP TYPE "public"."enum_contact_requests_status";
  CREATE TYPE "public"."enum_contact_requests_status" AS ENUM('unconfirmed', 'received', 'needs_info', 'in_review', 'removed', 'edited', 'declined', 'reinstated', 'withdrawn', 'abusive', 'void', 'answered');
  ALTER TABLE "contact_requests" ALTER COLUMN "status" SET DATA TYPE "public"."enum_contact_requests_status" USING "status"::"public"."enum_contact_requests_status";
  ALTER TABLE "takedown_audit" ALTER COLUMN "from_status" SET DATA TYPE text;
  DROP TYPE "public"."enum_takedown_audit_from_status";
  CREATE TYPE "public"."enum_takedown_audit_from_status" AS ENUM('unconfirmed', 'received', 'needs_info', 'in_review', 'removed', 'edited', 'declined', 'reinstated', 'withdrawn', 'abusive', 'void', 'answered');
  ALTER TABLE "takedown_audit" ALTER COLUMN "from_status" SET DATA TYPE "public"."enum_takedown_audit_from_status" USING "from_status"::"public"."enum_takedown_audit_from_status";
  ALTER TABLE "takedown_audit" ALTER COLUMN "to_status" SET DATA TYPE text;
  DROP TYPE "public"."enum_takedown_audit_to_status";
  CREATE TYPE "public"."enum_takedown_audit_to_status" AS ENUM('unconfirmed', 'received', 'needs_info', 'in_review', 'removed', 'edited', 'declined', 'reinstated', 'withdrawn', 'abusive', 'void', 'answered');
  ALTER TABLE "takedown_audit" ALTER COLUMN "to_status" SET DATA TYPE "public"."enum_takedown_audit_to_status" USING "to_status"::"public"."enum_takedown_audit_to_status";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'sendTakedownMail', 'closeUnanswered', 'overdueDigest', 'anonymiseClosedRequests', 'createCollectionExport', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'sendTakedownMail', 'closeUnanswered', 'overdueDigest', 'anonymiseClosedRequests', 'createCollectionExport', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "contact_requests_restore_at_idx";
  ALTER TABLE "contact_requests" DROP COLUMN "reasons_automated";
  ALTER TABLE "contact_requests" DROP COLUMN "restore_at";
  ALTER TABLE "contact_requests" DROP COLUMN "action_filed";
  ALTER TABLE "contact_requests" DROP COLUMN "action_filed_at";
  ALTER TABLE "counter_notices" DROP COLUMN "language";
  ALTER TABLE "takedown_settings" DROP COLUMN "counter_notice_business_days";
  DROP TYPE "public"."enum_counter_notices_language";`)
}
