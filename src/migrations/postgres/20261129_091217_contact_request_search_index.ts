import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "openRank_dueAt_createdAt_idx";
  CREATE INDEX "openRank_dueAt_createdAt_email_reference_idx" ON "contact_requests" USING btree ("open_rank","due_at","created_at","email","reference");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "openRank_dueAt_createdAt_email_reference_idx";
  CREATE INDEX "openRank_dueAt_createdAt_idx" ON "contact_requests" USING btree ("open_rank","due_at","created_at");`)
}
