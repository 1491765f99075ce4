import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "editions" ADD COLUMN "saved_by" varchar;
  ALTER TABLE "_editions_v" ADD COLUMN "version_saved_by" varchar;
  ALTER TABLE "organizations" ADD COLUMN "saved_by" varchar;
  ALTER TABLE "_organizations_v" ADD COLUMN "version_saved_by" varchar;
  ALTER TABLE "pages" ADD COLUMN "saved_by" varchar;
  ALTER TABLE "_pages_v" ADD COLUMN "version_saved_by" varchar;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "editions" DROP COLUMN "saved_by";
  ALTER TABLE "_editions_v" DROP COLUMN "version_saved_by";
  ALTER TABLE "organizations" DROP COLUMN "saved_by";
  ALTER TABLE "_organizations_v" DROP COLUMN "version_saved_by";
  ALTER TABLE "pages" DROP COLUMN "saved_by";
  ALTER TABLE "_pages_v" DROP COLUMN "version_saved_by";`)
}
