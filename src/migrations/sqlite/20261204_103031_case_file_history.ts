import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`takedown_snapshots\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`request_id\` integer,
  	\`reference\` text,
  	\`taken_at\` text NOT NULL,
  	\`key\` text,
  	\`url\` text,
  	\`title\` text,
  	\`target_collection\` text,
  	\`content_id\` text,
  	\`sha256\` text,
  	\`document\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`request_id\`) REFERENCES \`contact_requests\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`takedown_snapshots_request_idx\` ON \`takedown_snapshots\` (\`request_id\`);`)
  await db.run(sql`CREATE INDEX \`takedown_snapshots_key_idx\` ON \`takedown_snapshots\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`takedown_snapshots_updated_at_idx\` ON \`takedown_snapshots\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`takedown_snapshots_created_at_idx\` ON \`takedown_snapshots\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`takedown_mail\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`request_id\` integer,
  	\`reference\` text,
  	\`sent_at\` text NOT NULL,
  	\`audience\` text NOT NULL,
  	\`recipients\` numeric,
  	\`language\` text NOT NULL,
  	\`subject\` text,
  	\`message\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`request_id\`) REFERENCES \`contact_requests\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`takedown_mail_request_idx\` ON \`takedown_mail\` (\`request_id\`);`)
  await db.run(sql`CREATE INDEX \`takedown_mail_reference_idx\` ON \`takedown_mail\` (\`reference\`);`)
  await db.run(sql`CREATE INDEX \`takedown_mail_updated_at_idx\` ON \`takedown_mail\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`takedown_mail_created_at_idx\` ON \`takedown_mail\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`takedown_snapshots_id\` integer REFERENCES takedown_snapshots(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`takedown_mail_id\` integer REFERENCES takedown_mail(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_takedown_snapshots_id_idx\` ON \`payload_locked_documents_rels\` (\`takedown_snapshots_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_takedown_mail_id_idx\` ON \`payload_locked_documents_rels\` (\`takedown_mail_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`takedown_snapshots\`;`)
  await db.run(sql`DROP TABLE \`takedown_mail\`;`)
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
  	\`outbox_id\` integer,
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
  	FOREIGN KEY (\`cache_purge_failures_id\`) REFERENCES \`cache_purge_failures\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`outbox_id\`) REFERENCES \`outbox\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "editions_id", "organizations_id", "pages_id", "media_id", "contact_requests_id", "counter_notices_id", "takedown_audit_id", "takedown_evidence_id", "users_id", "cache_purge_failures_id", "outbox_id") SELECT "id", "order", "parent_id", "path", "editions_id", "organizations_id", "pages_id", "media_id", "contact_requests_id", "counter_notices_id", "takedown_audit_id", "takedown_evidence_id", "users_id", "cache_purge_failures_id", "outbox_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_outbox_id_idx\` ON \`payload_locked_documents_rels\` (\`outbox_id\`);`)
}
