import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_takedown_snapshots_target_collection" AS ENUM('editions', 'organizations', 'pages', 'media');
  CREATE TYPE "public"."enum_takedown_mail_audience" AS ENUM('notifier', 'source', 'counterNotifier', 'staff');
  CREATE TYPE "public"."enum_takedown_mail_language" AS ENUM('en', 'zh');
  CREATE TABLE "takedown_snapshots" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"request_id" integer,
  	"reference" varchar,
  	"taken_at" timestamp(3) with time zone NOT NULL,
  	"key" varchar,
  	"url" varchar,
  	"title" varchar,
  	"target_collection" "enum_takedown_snapshots_target_collection",
  	"content_id" varchar,
  	"sha256" varchar,
  	"document" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "takedown_mail" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"request_id" integer,
  	"reference" varchar,
  	"sent_at" timestamp(3) with time zone NOT NULL,
  	"audience" "enum_takedown_mail_audience" NOT NULL,
  	"recipients" numeric,
  	"language" "enum_takedown_mail_language" NOT NULL,
  	"subject" varchar,
  	"message" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "takedown_snapshots_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "takedown_mail_id" integer;
  ALTER TABLE "takedown_snapshots" ADD CONSTRAINT "takedown_snapshots_request_id_contact_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."contact_requests"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "takedown_mail" ADD CONSTRAINT "takedown_mail_request_id_contact_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."contact_requests"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "takedown_snapshots_request_idx" ON "takedown_snapshots" USING btree ("request_id");
  CREATE INDEX "takedown_snapshots_key_idx" ON "takedown_snapshots" USING btree ("key");
  CREATE INDEX "takedown_snapshots_updated_at_idx" ON "takedown_snapshots" USING btree ("updated_at");
  CREATE INDEX "takedown_snapshots_created_at_idx" ON "takedown_snapshots" USING btree ("created_at");
  CREATE INDEX "takedown_mail_request_idx" ON "takedown_mail" USING btree ("request_id");
  CREATE INDEX "takedown_mail_reference_idx" ON "takedown_mail" USING btree ("reference");
  CREATE INDEX "takedown_mail_updated_at_idx" ON "takedown_mail" USING btree ("updated_at");
  CREATE INDEX "takedown_mail_created_at_idx" ON "takedown_mail" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_takedown_snapshots_fk" FOREIGN KEY ("takedown_snapshots_id") REFERENCES "public"."takedown_snapshots"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_takedown_mail_fk" FOREIGN KEY ("takedown_mail_id") REFERENCES "public"."takedown_mail"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_takedown_snapshots_id_idx" ON "payload_locked_documents_rels" USING btree ("takedown_snapshots_id");
  CREATE INDEX "payload_locked_documents_rels_takedown_mail_id_idx" ON "payload_locked_documents_rels" USING btree ("takedown_mail_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "takedown_snapshots" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "takedown_mail" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "takedown_snapshots" CASCADE;
  DROP TABLE "takedown_mail" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_takedown_snapshots_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_takedown_mail_fk";
  
  DROP INDEX "payload_locked_documents_rels_takedown_snapshots_id_idx";
  DROP INDEX "payload_locked_documents_rels_takedown_mail_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "takedown_snapshots_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "takedown_mail_id";
  DROP TYPE "public"."enum_takedown_snapshots_target_collection";
  DROP TYPE "public"."enum_takedown_mail_audience";
  DROP TYPE "public"."enum_takedown_mail_language";`)
}
