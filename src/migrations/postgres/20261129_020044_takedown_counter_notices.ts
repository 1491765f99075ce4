import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "counter_notices" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"reference" varchar NOT NULL,
  	"notice_id" integer,
  	"name" varchar NOT NULL,
  	"email" varchar NOT NULL,
  	"contact" varchar,
  	"material" varchar NOT NULL,
  	"statement" varchar NOT NULL,
  	"evidence" varchar,
  	"good_faith" boolean,
  	"sender_fingerprint" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "counter_notices_id" integer;
  ALTER TABLE "counter_notices" ADD CONSTRAINT "counter_notices_notice_id_contact_requests_id_fk" FOREIGN KEY ("notice_id") REFERENCES "public"."contact_requests"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "counter_notices_notice_idx" ON "counter_notices" USING btree ("notice_id");
  CREATE INDEX "counter_notices_updated_at_idx" ON "counter_notices" USING btree ("updated_at");
  CREATE INDEX "counter_notices_created_at_idx" ON "counter_notices" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_counter_notices_fk" FOREIGN KEY ("counter_notices_id") REFERENCES "public"."counter_notices"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_counter_notices_id_idx" ON "payload_locked_documents_rels" USING btree ("counter_notices_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "counter_notices" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "counter_notices" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_counter_notices_fk";
  
  DROP INDEX "payload_locked_documents_rels_counter_notices_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "counter_notices_id";`)
}
