import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`contact_requests\` ADD \`anonymised_at\` text;`)
  await db.run(sql`ALTER TABLE \`contact_requests\` ADD \`erasure_requested_at\` text;`)
  await db.run(sql`CREATE INDEX \`contact_requests_anonymised_at_idx\` ON \`contact_requests\` (\`anonymised_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`contact_requests_anonymised_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`contact_requests\` DROP COLUMN \`anonymised_at\`;`)
  await db.run(sql`ALTER TABLE \`contact_requests\` DROP COLUMN \`erasure_requested_at\`;`)
}
