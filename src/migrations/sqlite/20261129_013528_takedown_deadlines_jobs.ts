import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`meta\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_stats\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`stats\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`contact_requests\` ADD \`decision_due_at\` text;`)
  await db.run(sql`ALTER TABLE \`contact_requests\` ADD \`info_request\` text;`)
  await db.run(sql`ALTER TABLE \`contact_requests\` ADD \`info_requested_at\` text;`)
  await db.run(sql`ALTER TABLE \`contact_requests\` ADD \`closed_at\` text;`)
  await db.run(sql`ALTER TABLE \`contact_requests\` ADD \`language\` text DEFAULT 'en';`)
  await db.run(sql`CREATE INDEX \`contact_requests_closed_at_idx\` ON \`contact_requests\` (\`closed_at\`);`)
  await db.run(sql`ALTER TABLE \`takedown_settings\` ADD \`time_zone\` text DEFAULT 'Asia/Shanghai' NOT NULL;`)
  await db.run(sql`ALTER TABLE \`takedown_settings\` ADD \`triage_business_days\` numeric DEFAULT 1 NOT NULL;`)
  await db.run(sql`ALTER TABLE \`takedown_settings\` ADD \`hidden_decision_business_days\` numeric DEFAULT 2 NOT NULL;`)
  await db.run(sql`ALTER TABLE \`takedown_settings\` ADD \`decision_business_days\` numeric DEFAULT 5 NOT NULL;`)
  await db.run(sql`ALTER TABLE \`takedown_settings\` ADD \`needs_info_close_days\` numeric DEFAULT 14 NOT NULL;`)
  await db.run(sql`ALTER TABLE \`takedown_settings\` ADD \`retention_months\` numeric DEFAULT 12 NOT NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_stats\`;`)
  await db.run(sql`DROP INDEX \`contact_requests_closed_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`contact_requests\` DROP COLUMN \`decision_due_at\`;`)
  await db.run(sql`ALTER TABLE \`contact_requests\` DROP COLUMN \`info_request\`;`)
  await db.run(sql`ALTER TABLE \`contact_requests\` DROP COLUMN \`info_requested_at\`;`)
  await db.run(sql`ALTER TABLE \`contact_requests\` DROP COLUMN \`closed_at\`;`)
  await db.run(sql`ALTER TABLE \`contact_requests\` DROP COLUMN \`language\`;`)
  await db.run(sql`ALTER TABLE \`takedown_settings\` DROP COLUMN \`time_zone\`;`)
  await db.run(sql`ALTER TABLE \`takedown_settings\` DROP COLUMN \`triage_business_days\`;`)
  await db.run(sql`ALTER TABLE \`takedown_settings\` DROP COLUMN \`hidden_decision_business_days\`;`)
  await db.run(sql`ALTER TABLE \`takedown_settings\` DROP COLUMN \`decision_business_days\`;`)
  await db.run(sql`ALTER TABLE \`takedown_settings\` DROP COLUMN \`needs_info_close_days\`;`)
  await db.run(sql`ALTER TABLE \`takedown_settings\` DROP COLUMN \`retention_months\`;`)
}
