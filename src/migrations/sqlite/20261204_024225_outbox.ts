import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`outbox\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`to\` text NOT NULL,
  	\`from\` text,
  	\`subject\` text,
  	\`text\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`outbox_updated_at_idx\` ON \`outbox\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`outbox_created_at_idx\` ON \`outbox\` (\`created_at\`);`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_takedown_settings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`time_zone\` text DEFAULT 'Asia/Shanghai' NOT NULL,
  	\`holidays\` text,
  	\`working_weekend_days\` text,
  	\`triage_business_days\` numeric DEFAULT 1 NOT NULL,
  	\`hidden_decision_business_days\` numeric DEFAULT 2 NOT NULL,
  	\`decision_business_days\` numeric DEFAULT 5 NOT NULL,
  	\`needs_info_close_days\` numeric DEFAULT 14 NOT NULL,
  	\`retention_months\` numeric DEFAULT 12 NOT NULL,
  	\`confirmation_hours\` numeric DEFAULT 48 NOT NULL,
  	\`redress\` text DEFAULT 'You can contest this decision by replying to this email with your reasons and any evidence; a different member of staff from the one who decided will review it again. You may also bring the matter before a court, or a complaint before the authority competent where you live.' NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`INSERT INTO \`__new_takedown_settings\`("id", "time_zone", "holidays", "working_weekend_days", "triage_business_days", "hidden_decision_business_days", "decision_business_days", "needs_info_close_days", "retention_months", "confirmation_hours", "redress", "updated_at", "created_at") SELECT "id", "time_zone", "holidays", "working_weekend_days", "triage_business_days", "hidden_decision_business_days", "decision_business_days", "needs_info_close_days", "retention_months", "confirmation_hours", "redress", "updated_at", "created_at" FROM \`takedown_settings\`;`)
  await db.run(sql`DROP TABLE \`takedown_settings\`;`)
  await db.run(sql`ALTER TABLE \`__new_takedown_settings\` RENAME TO \`takedown_settings\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`outbox_id\` integer REFERENCES outbox(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_outbox_id_idx\` ON \`payload_locked_documents_rels\` (\`outbox_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`outbox\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`editions_id\` integer,
  	\`organizations_id\` integer,
  	\`pages_id\` integer,
  	\`media_id\` integer,
  	\`contact_requests_id\` integer,
  	\`counter_notices_id\` integer,
  	\`takedown_audit_id\` integer,
  	\`takedown_evidence_id\` integer,
  	\`users_id\` integer,
  	\`cache_purge_failures_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`editions_id\`) REFERENCES \`editions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organizations_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pages_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`contact_requests_id\`) REFERENCES \`contact_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`counter_notices_id\`) REFERENCES \`counter_notices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`takedown_audit_id\`) REFERENCES \`takedown_audit\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`takedown_evidence_id\`) REFERENCES \`takedown_evidence\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`cache_purge_failures_id\`) REFERENCES \`cache_purge_failures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "editions_id", "organizations_id", "pages_id", "media_id", "contact_requests_id", "counter_notices_id", "takedown_audit_id", "takedown_evidence_id", "users_id", "cache_purge_failures_id") SELECT "id", "order", "parent_id", "path", "editions_id", "organizations_id", "pages_id", "media_id", "contact_requests_id", "counter_notices_id", "takedown_audit_id", "takedown_evidence_id", "users_id", "cache_purge_failures_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_editions_id_idx\` ON \`payload_locked_documents_rels\` (\`editions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_organizations_id_idx\` ON \`payload_locked_documents_rels\` (\`organizations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_pages_id_idx\` ON \`payload_locked_documents_rels\` (\`pages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_contact_requests_id_idx\` ON \`payload_locked_documents_rels\` (\`contact_requests_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_counter_notices_id_idx\` ON \`payload_locked_documents_rels\` (\`counter_notices_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_takedown_audit_id_idx\` ON \`payload_locked_documents_rels\` (\`takedown_audit_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_takedown_evidence_id_idx\` ON \`payload_locked_documents_rels\` (\`takedown_evidence_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_cache_purge_failures_id_idx\` ON \`payload_locked_documents_rels\` (\`cache_purge_failures_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_takedown_settings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`time_zone\` text DEFAULT 'Asia/Shanghai' NOT NULL,
  	\`holidays\` text,
  	\`working_weekend_days\` text,
  	\`triage_business_days\` numeric DEFAULT 1 NOT NULL,
  	\`hidden_decision_business_days\` numeric DEFAULT 2 NOT NULL,
  	\`decision_business_days\` numeric DEFAULT 5 NOT NULL,
  	\`needs_info_close_days\` numeric DEFAULT 14 NOT NULL,
  	\`retention_months\` numeric DEFAULT 12 NOT NULL,
  	\`confirmation_hours\` numeric DEFAULT 48 NOT NULL,
  	\`redress\` text DEFAULT 'You can contest this decision by replying to this email with your reasons and any evidence; a different member of staff will review it. You may also bring the matter before a court or, in the EU, an out-of-court dispute settlement body.' NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`INSERT INTO \`__new_takedown_settings\`("id", "time_zone", "holidays", "working_weekend_days", "triage_business_days", "hidden_decision_business_days", "decision_business_days", "needs_info_close_days", "retention_months", "confirmation_hours", "redress", "updated_at", "created_at") SELECT "id", "time_zone", "holidays", "working_weekend_days", "triage_business_days", "hidden_decision_business_days", "decision_business_days", "needs_info_close_days", "retention_months", "confirmation_hours", "redress", "updated_at", "created_at" FROM \`takedown_settings\`;`)
  await db.run(sql`DROP TABLE \`takedown_settings\`;`)
  await db.run(sql`ALTER TABLE \`__new_takedown_settings\` RENAME TO \`takedown_settings\`;`)
}
