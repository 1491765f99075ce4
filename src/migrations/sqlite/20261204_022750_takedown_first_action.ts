import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`contact_requests\` ADD \`first_action\` text;`)
  await db.run(sql`ALTER TABLE \`contact_requests\` ADD \`first_action_at\` text;`)
  await db.run(sql`ALTER TABLE \`contact_requests\` ADD \`auto_closed_at\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`contact_requests\` DROP COLUMN \`first_action\`;`)
  await db.run(sql`ALTER TABLE \`contact_requests\` DROP COLUMN \`first_action_at\`;`)
  await db.run(sql`ALTER TABLE \`contact_requests\` DROP COLUMN \`auto_closed_at\`;`)
}
