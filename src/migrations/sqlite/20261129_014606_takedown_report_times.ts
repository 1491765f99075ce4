import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`contact_requests\` ADD \`acknowledged_at\` text;`)
  await db.run(sql`ALTER TABLE \`contact_requests\` ADD \`hidden_at\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`contact_requests\` DROP COLUMN \`acknowledged_at\`;`)
  await db.run(sql`ALTER TABLE \`contact_requests\` DROP COLUMN \`hidden_at\`;`)
}
