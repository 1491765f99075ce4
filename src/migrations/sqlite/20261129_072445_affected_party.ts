import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`contact_requests\` ADD \`affected_party_name\` text;`)
  await db.run(sql`ALTER TABLE \`contact_requests\` ADD \`affected_party_email\` text;`)
  await db.run(sql`ALTER TABLE \`contact_requests\` ADD \`affected_party_language\` text DEFAULT 'en';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`contact_requests\` DROP COLUMN \`affected_party_name\`;`)
  await db.run(sql`ALTER TABLE \`contact_requests\` DROP COLUMN \`affected_party_email\`;`)
  await db.run(sql`ALTER TABLE \`contact_requests\` DROP COLUMN \`affected_party_language\`;`)
}
