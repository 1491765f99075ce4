import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`takedown_settings\` ADD \`notices_contact_name\` text;`)
  await db.run(sql`ALTER TABLE \`takedown_settings\` ADD \`notices_contact_email\` text;`)
  await db.run(sql`ALTER TABLE \`takedown_settings\` ADD \`notices_contact_postal_address\` text;`)
  await db.run(sql`ALTER TABLE \`takedown_settings\` ADD \`notices_contact_phone\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`takedown_settings\` DROP COLUMN \`notices_contact_name\`;`)
  await db.run(sql`ALTER TABLE \`takedown_settings\` DROP COLUMN \`notices_contact_email\`;`)
  await db.run(sql`ALTER TABLE \`takedown_settings\` DROP COLUMN \`notices_contact_postal_address\`;`)
  await db.run(sql`ALTER TABLE \`takedown_settings\` DROP COLUMN \`notices_contact_phone\`;`)
}
