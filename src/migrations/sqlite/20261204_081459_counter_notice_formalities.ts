import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`counter_notices\` ADD \`address\` text;`)
  await db.run(sql`ALTER TABLE \`counter_notices\` ADD \`phone\` text;`)
  await db.run(sql`ALTER TABLE \`counter_notices\` ADD \`jurisdiction\` integer;`)
  await db.run(sql`ALTER TABLE \`counter_notices\` ADD \`signature\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`counter_notices\` DROP COLUMN \`address\`;`)
  await db.run(sql`ALTER TABLE \`counter_notices\` DROP COLUMN \`phone\`;`)
  await db.run(sql`ALTER TABLE \`counter_notices\` DROP COLUMN \`jurisdiction\`;`)
  await db.run(sql`ALTER TABLE \`counter_notices\` DROP COLUMN \`signature\`;`)
}
