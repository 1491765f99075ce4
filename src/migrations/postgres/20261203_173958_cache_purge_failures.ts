import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "cache_purge_failures" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"cache_url" varchar NOT NULL,
  	"reason" varchar,
  	"attempts" numeric,
  	"error" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "cache_purge_failures_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "cache_purge_failures_id" integer;
  ALTER TABLE "cache_purge_failures_texts" ADD CONSTRAINT "cache_purge_failures_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."cache_purge_failures"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "cache_purge_failures_updated_at_idx" ON "cache_purge_failures" USING btree ("updated_at");
  CREATE INDEX "cache_purge_failures_created_at_idx" ON "cache_purge_failures" USING btree ("created_at");
  CREATE INDEX "cache_purge_failures_texts_order_parent" ON "cache_purge_failures_texts" USING btree ("order","parent_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_cache_purge_failures_fk" FOREIGN KEY ("cache_purge_failures_id") REFERENCES "public"."cache_purge_failures"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_cache_purge_failures_id_idx" ON "payload_locked_documents_rels" USING btree ("cache_purge_failures_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "cache_purge_failures" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "cache_purge_failures_texts" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "cache_purge_failures" CASCADE;
  DROP TABLE "cache_purge_failures_texts" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_cache_purge_failures_fk";
  
  DROP INDEX "payload_locked_documents_rels_cache_purge_failures_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "cache_purge_failures_id";`)
}
