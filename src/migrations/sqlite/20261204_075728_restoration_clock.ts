import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`contact_requests\` ADD \`reasons_automated\` integer;`)
  await db.run(sql`ALTER TABLE \`contact_requests\` ADD \`restore_at\` text;`)
  await db.run(sql`ALTER TABLE \`contact_requests\` ADD \`action_filed\` text;`)
  await db.run(sql`ALTER TABLE \`contact_requests\` ADD \`action_filed_at\` text;`)
  await db.run(sql`CREATE INDEX \`contact_requests_restore_at_idx\` ON \`contact_requests\` (\`restore_at\`);`)
  await db.run(sql`ALTER TABLE \`counter_notices\` ADD \`language\` text DEFAULT 'en';`)
  await db.run(sql`ALTER TABLE \`takedown_settings\` ADD \`counter_notice_business_days\` numeric DEFAULT 10 NOT NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`contact_requests_restore_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`contact_requests\` DROP COLUMN \`reasons_automated\`;`)
  await db.run(sql`ALTER TABLE \`contact_requests\` DROP COLUMN \`restore_at\`;`)
  await db.run(sql`ALTER TABLE \`contact_requests\` DROP COLUMN \`action_filed\`;`)
  await db.run(sql`ALTER TABLE \`contact_requests\` DROP COLUMN \`action_filed_at\`;`)
  await db.run(sql`ALTER TABLE \`counter_notices\` DROP COLUMN \`language\`;`)
  await db.run(sql`ALTER TABLE \`takedown_settings\` DROP COLUMN \`counter_notice_business_days\`;`)
}
