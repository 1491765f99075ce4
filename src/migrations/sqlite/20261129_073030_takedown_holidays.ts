import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`takedown_settings\` ADD \`holidays\` text;`)
  await db.run(sql`ALTER TABLE \`takedown_settings\` ADD \`working_weekend_days\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`takedown_settings\` DROP COLUMN \`holidays\`;`)
  await db.run(sql`ALTER TABLE \`takedown_settings\` DROP COLUMN \`working_weekend_days\`;`)
}
