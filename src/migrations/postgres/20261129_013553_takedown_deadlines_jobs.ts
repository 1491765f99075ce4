import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_contact_requests_language" AS ENUM('en', 'zh');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'sendTakedownMail', 'closeUnanswered', 'overdueDigest');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'sendTakedownMail', 'closeUnanswered', 'overdueDigest');
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"meta" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_jobs_stats" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"stats" jsonb,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "contact_requests" ADD COLUMN "decision_due_at" timestamp(3) with time zone;
  ALTER TABLE "contact_requests" ADD COLUMN "info_request" varchar;
  ALTER TABLE "contact_requests" ADD COLUMN "info_requested_at" timestamp(3) with time zone;
  ALTER TABLE "contact_requests" ADD COLUMN "closed_at" timestamp(3) with time zone;
  ALTER TABLE "contact_requests" ADD COLUMN "language" "enum_contact_requests_language" DEFAULT 'en';
  ALTER TABLE "takedown_settings" ADD COLUMN "time_zone" varchar DEFAULT 'Asia/Shanghai' NOT NULL;
  ALTER TABLE "takedown_settings" ADD COLUMN "triage_business_days" numeric DEFAULT 1 NOT NULL;
  ALTER TABLE "takedown_settings" ADD COLUMN "hidden_decision_business_days" numeric DEFAULT 2 NOT NULL;
  ALTER TABLE "takedown_settings" ADD COLUMN "decision_business_days" numeric DEFAULT 5 NOT NULL;
  ALTER TABLE "takedown_settings" ADD COLUMN "needs_info_close_days" numeric DEFAULT 14 NOT NULL;
  ALTER TABLE "takedown_settings" ADD COLUMN "retention_months" numeric DEFAULT 12 NOT NULL;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "contact_requests_closed_at_idx" ON "contact_requests" USING btree ("closed_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "payload_jobs_log" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs_stats" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_jobs_stats" CASCADE;
  DROP INDEX "contact_requests_closed_at_idx";
  ALTER TABLE "contact_requests" DROP COLUMN "decision_due_at";
  ALTER TABLE "contact_requests" DROP COLUMN "info_request";
  ALTER TABLE "contact_requests" DROP COLUMN "info_requested_at";
  ALTER TABLE "contact_requests" DROP COLUMN "closed_at";
  ALTER TABLE "contact_requests" DROP COLUMN "language";
  ALTER TABLE "takedown_settings" DROP COLUMN "time_zone";
  ALTER TABLE "takedown_settings" DROP COLUMN "triage_business_days";
  ALTER TABLE "takedown_settings" DROP COLUMN "hidden_decision_business_days";
  ALTER TABLE "takedown_settings" DROP COLUMN "decision_business_days";
  ALTER TABLE "takedown_settings" DROP COLUMN "needs_info_close_days";
  ALTER TABLE "takedown_settings" DROP COLUMN "retention_months";
  DROP TYPE "public"."enum_contact_requests_language";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
