import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`editions_hosts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`organization_id\` integer,
  	\`role\` text DEFAULT 'co-host',
  	FOREIGN KEY (\`organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`editions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`editions_hosts_order_idx\` ON \`editions_hosts\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`editions_hosts_parent_id_idx\` ON \`editions_hosts\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`editions_hosts_organization_idx\` ON \`editions_hosts\` (\`organization_id\`);`)
  await db.run(sql`CREATE TABLE \`editions_concurrent_events\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`start_date\` text,
  	\`end_date\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`editions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`editions_concurrent_events_order_idx\` ON \`editions_concurrent_events\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`editions_concurrent_events_parent_id_idx\` ON \`editions_concurrent_events\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`editions_concurrent_events_locales\` (
  	\`name\` text,
  	\`location\` text,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`editions_concurrent_events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`editions_concurrent_events_locales_locale_parent_id_unique\` ON \`editions_concurrent_events_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`editions_concurrent_events_locales_parent_id_idx\` ON \`editions_concurrent_events_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`editions_activities\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`editions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`editions_activities_order_idx\` ON \`editions_activities\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`editions_activities_parent_id_idx\` ON \`editions_activities\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`editions_activities_locales\` (
  	\`name\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`editions_activities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`editions_activities_locales_locale_parent_id_unique\` ON \`editions_activities_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`editions_activities_locales_parent_id_idx\` ON \`editions_activities_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`editions_sources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`url\` text,
  	\`date\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`editions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`editions_sources_order_idx\` ON \`editions_sources\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`editions_sources_parent_id_idx\` ON \`editions_sources\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`editions_sources_locales\` (
  	\`title\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`editions_sources\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`editions_sources_locales_locale_parent_id_unique\` ON \`editions_sources_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`editions_sources_locales_parent_id_idx\` ON \`editions_sources_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`editions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`year\` numeric,
  	\`slug\` text,
  	\`start_date\` text,
  	\`end_date\` text,
  	\`format\` text DEFAULT 'offline',
  	\`takedown_hidden\` integer DEFAULT false,
  	\`takedown_reference\` text,
  	\`takedown_basis\` text,
  	\`takedown_since\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`editions_year_idx\` ON \`editions\` (\`year\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`editions_slug_idx\` ON \`editions\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`editions_takedown_takedown_hidden_idx\` ON \`editions\` (\`takedown_hidden\`);`)
  await db.run(sql`CREATE INDEX \`editions_updated_at_idx\` ON \`editions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`editions_created_at_idx\` ON \`editions\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`editions__status_idx\` ON \`editions\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`editions_locales\` (
  	\`title\` text,
  	\`venue\` text,
  	\`city\` text,
  	\`theme\` text,
  	\`annual_theme\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`editions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`editions_locales_locale_parent_id_unique\` ON \`editions_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`editions_locales_parent_id_idx\` ON \`editions_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_editions_v_version_hosts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`organization_id\` integer,
  	\`role\` text DEFAULT 'co-host',
  	\`_uuid\` text,
  	FOREIGN KEY (\`organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_editions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_editions_v_version_hosts_order_idx\` ON \`_editions_v_version_hosts\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_editions_v_version_hosts_parent_id_idx\` ON \`_editions_v_version_hosts\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_editions_v_version_hosts_organization_idx\` ON \`_editions_v_version_hosts\` (\`organization_id\`);`)
  await db.run(sql`CREATE TABLE \`_editions_v_version_concurrent_events\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`start_date\` text,
  	\`end_date\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_editions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_editions_v_version_concurrent_events_order_idx\` ON \`_editions_v_version_concurrent_events\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_editions_v_version_concurrent_events_parent_id_idx\` ON \`_editions_v_version_concurrent_events\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_editions_v_version_concurrent_events_locales\` (
  	\`name\` text,
  	\`location\` text,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_editions_v_version_concurrent_events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_editions_v_version_concurrent_events_locales_locale_parent_\` ON \`_editions_v_version_concurrent_events_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_editions_v_version_concurrent_events_locales_parent_id_idx\` ON \`_editions_v_version_concurrent_events_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_editions_v_version_activities\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_editions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_editions_v_version_activities_order_idx\` ON \`_editions_v_version_activities\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_editions_v_version_activities_parent_id_idx\` ON \`_editions_v_version_activities\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_editions_v_version_activities_locales\` (
  	\`name\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_editions_v_version_activities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_editions_v_version_activities_locales_locale_parent_id_uniq\` ON \`_editions_v_version_activities_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_editions_v_version_activities_locales_parent_id_idx\` ON \`_editions_v_version_activities_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_editions_v_version_sources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`url\` text,
  	\`date\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_editions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_editions_v_version_sources_order_idx\` ON \`_editions_v_version_sources\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_editions_v_version_sources_parent_id_idx\` ON \`_editions_v_version_sources\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_editions_v_version_sources_locales\` (
  	\`title\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_editions_v_version_sources\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_editions_v_version_sources_locales_locale_parent_id_unique\` ON \`_editions_v_version_sources_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_editions_v_version_sources_locales_parent_id_idx\` ON \`_editions_v_version_sources_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_editions_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_year\` numeric,
  	\`version_slug\` text,
  	\`version_start_date\` text,
  	\`version_end_date\` text,
  	\`version_format\` text DEFAULT 'offline',
  	\`version_takedown_hidden\` integer DEFAULT false,
  	\`version_takedown_reference\` text,
  	\`version_takedown_basis\` text,
  	\`version_takedown_since\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`editions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_editions_v_parent_idx\` ON \`_editions_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_editions_v_version_version_year_idx\` ON \`_editions_v\` (\`version_year\`);`)
  await db.run(sql`CREATE INDEX \`_editions_v_version_version_slug_idx\` ON \`_editions_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_editions_v_version_takedown_version_takedown_hidden_idx\` ON \`_editions_v\` (\`version_takedown_hidden\`);`)
  await db.run(sql`CREATE INDEX \`_editions_v_version_version_updated_at_idx\` ON \`_editions_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_editions_v_version_version_created_at_idx\` ON \`_editions_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_editions_v_version_version__status_idx\` ON \`_editions_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_editions_v_created_at_idx\` ON \`_editions_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_editions_v_updated_at_idx\` ON \`_editions_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_editions_v_snapshot_idx\` ON \`_editions_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_editions_v_published_locale_idx\` ON \`_editions_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_editions_v_latest_idx\` ON \`_editions_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_editions_v_autosave_idx\` ON \`_editions_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`_editions_v_locales\` (
  	\`version_title\` text,
  	\`version_venue\` text,
  	\`version_city\` text,
  	\`version_theme\` text,
  	\`version_annual_theme\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_editions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_editions_v_locales_locale_parent_id_unique\` ON \`_editions_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_editions_v_locales_parent_id_idx\` ON \`_editions_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`organizations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`kind\` text DEFAULT 'other',
  	\`website\` text,
  	\`takedown_hidden\` integer DEFAULT false,
  	\`takedown_reference\` text,
  	\`takedown_basis\` text,
  	\`takedown_since\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`organizations_slug_idx\` ON \`organizations\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`organizations_takedown_takedown_hidden_idx\` ON \`organizations\` (\`takedown_hidden\`);`)
  await db.run(sql`CREATE INDEX \`organizations_updated_at_idx\` ON \`organizations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`organizations_created_at_idx\` ON \`organizations\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`organizations__status_idx\` ON \`organizations\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`organizations_locales\` (
  	\`name\` text,
  	\`country\` text,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`organizations_locales_locale_parent_id_unique\` ON \`organizations_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`organizations_locales_parent_id_idx\` ON \`organizations_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_organizations_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_kind\` text DEFAULT 'other',
  	\`version_website\` text,
  	\`version_takedown_hidden\` integer DEFAULT false,
  	\`version_takedown_reference\` text,
  	\`version_takedown_basis\` text,
  	\`version_takedown_since\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_organizations_v_parent_idx\` ON \`_organizations_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_organizations_v_version_version_slug_idx\` ON \`_organizations_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_organizations_v_version_takedown_version_takedown_hidde_idx\` ON \`_organizations_v\` (\`version_takedown_hidden\`);`)
  await db.run(sql`CREATE INDEX \`_organizations_v_version_version_updated_at_idx\` ON \`_organizations_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_organizations_v_version_version_created_at_idx\` ON \`_organizations_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_organizations_v_version_version__status_idx\` ON \`_organizations_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_organizations_v_created_at_idx\` ON \`_organizations_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_organizations_v_updated_at_idx\` ON \`_organizations_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_organizations_v_snapshot_idx\` ON \`_organizations_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_organizations_v_published_locale_idx\` ON \`_organizations_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_organizations_v_latest_idx\` ON \`_organizations_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_organizations_v_autosave_idx\` ON \`_organizations_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`_organizations_v_locales\` (
  	\`version_name\` text,
  	\`version_country\` text,
  	\`version_description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_organizations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_organizations_v_locales_locale_parent_id_unique\` ON \`_organizations_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_organizations_v_locales_parent_id_idx\` ON \`_organizations_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`pages\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`takedown_hidden\` integer DEFAULT false,
  	\`takedown_reference\` text,
  	\`takedown_basis\` text,
  	\`takedown_since\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`pages_slug_idx\` ON \`pages\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`pages_takedown_takedown_hidden_idx\` ON \`pages\` (\`takedown_hidden\`);`)
  await db.run(sql`CREATE INDEX \`pages_updated_at_idx\` ON \`pages\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`pages_created_at_idx\` ON \`pages\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`pages__status_idx\` ON \`pages\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`pages_locales\` (
  	\`title\` text,
  	\`description\` text,
  	\`body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`pages_locales_locale_parent_id_unique\` ON \`pages_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`pages_locales_parent_id_idx\` ON \`pages_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_pages_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_takedown_hidden\` integer DEFAULT false,
  	\`version_takedown_reference\` text,
  	\`version_takedown_basis\` text,
  	\`version_takedown_since\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_pages_v_parent_idx\` ON \`_pages_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_slug_idx\` ON \`_pages_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_takedown_version_takedown_hidden_idx\` ON \`_pages_v\` (\`version_takedown_hidden\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_updated_at_idx\` ON \`_pages_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_created_at_idx\` ON \`_pages_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version__status_idx\` ON \`_pages_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_created_at_idx\` ON \`_pages_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_updated_at_idx\` ON \`_pages_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_snapshot_idx\` ON \`_pages_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_published_locale_idx\` ON \`_pages_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_latest_idx\` ON \`_pages_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_autosave_idx\` ON \`_pages_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`_pages_v_locales\` (
  	\`version_title\` text,
  	\`version_description\` text,
  	\`version_body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_pages_v_locales_locale_parent_id_unique\` ON \`_pages_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_locales_parent_id_idx\` ON \`_pages_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`media\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`source\` text,
  	\`takedown_hidden\` integer DEFAULT false,
  	\`takedown_reference\` text,
  	\`takedown_basis\` text,
  	\`takedown_since\` text,
  	\`prefix\` text DEFAULT 'media',
  	\`_objectkey\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_thumbnail_url\` text,
  	\`sizes_thumbnail_width\` numeric,
  	\`sizes_thumbnail_height\` numeric,
  	\`sizes_thumbnail_mime_type\` text,
  	\`sizes_thumbnail_filesize\` numeric,
  	\`sizes_thumbnail_filename\` text,
  	\`sizes_medium_url\` text,
  	\`sizes_medium_width\` numeric,
  	\`sizes_medium_height\` numeric,
  	\`sizes_medium_mime_type\` text,
  	\`sizes_medium_filesize\` numeric,
  	\`sizes_medium_filename\` text,
  	\`sizes_large_url\` text,
  	\`sizes_large_width\` numeric,
  	\`sizes_large_height\` numeric,
  	\`sizes_large_mime_type\` text,
  	\`sizes_large_filesize\` numeric,
  	\`sizes_large_filename\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`media_takedown_takedown_hidden_idx\` ON \`media\` (\`takedown_hidden\`);`)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`media\` (\`sizes_thumbnail_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_medium_sizes_medium_filename_idx\` ON \`media\` (\`sizes_medium_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_large_sizes_large_filename_idx\` ON \`media\` (\`sizes_large_filename\`);`)
  await db.run(sql`CREATE TABLE \`media_locales\` (
  	\`alt\` text NOT NULL,
  	\`credit\` text,
  	\`rights_holder\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`media_locales_locale_parent_id_unique\` ON \`media_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`media_locales_parent_id_idx\` ON \`media_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`contact_requests_urls\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`url\` text,
  	\`title\` text,
  	\`target_collection\` text,
  	\`content_id\` text,
  	\`key\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`contact_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`contact_requests_urls_order_idx\` ON \`contact_requests_urls\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`contact_requests_urls_parent_id_idx\` ON \`contact_requests_urls\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`contact_requests_urls_key_idx\` ON \`contact_requests_urls\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`contact_requests_elements\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`contact_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`contact_requests_elements_order_idx\` ON \`contact_requests_elements\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`contact_requests_elements_parent_idx\` ON \`contact_requests_elements\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`contact_requests\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kind\` text DEFAULT 'enquiry' NOT NULL,
  	\`status\` text NOT NULL,
  	\`reference\` text,
  	\`assignee_id\` integer,
  	\`due_at\` text,
  	\`decision_due_at\` text,
  	\`info_request\` text,
  	\`info_requested_at\` text,
  	\`acknowledged_at\` text,
  	\`hidden_at\` text,
  	\`anonymised_at\` text,
  	\`erasure_requested_at\` text,
  	\`closed_at\` text,
  	\`open_rank\` numeric,
  	\`confirmed_at\` text,
  	\`confirmation_token_hash\` text,
  	\`confirmation_expires_at\` text,
  	\`sender_fingerprint\` text,
  	\`reasons_scope\` text,
  	\`reasons_facts\` text,
  	\`reasons_ground\` text,
  	\`reasons_ground_detail\` text,
  	\`reasons_redress\` text,
  	\`affected_party_name\` text,
  	\`affected_party_email\` text,
  	\`affected_party_language\` text DEFAULT 'en',
  	\`decided_by_id\` integer,
  	\`decided_at\` text,
  	\`staff_notes\` text,
  	\`name\` text NOT NULL,
  	\`email\` text NOT NULL,
  	\`language\` text DEFAULT 'en',
  	\`organization\` text,
  	\`phone\` text,
  	\`postal_address\` text,
  	\`subject\` text,
  	\`message\` text,
  	\`page_url\` text,
  	\`relationship\` text,
  	\`authority\` text,
  	\`basis\` text,
  	\`original_work\` text,
  	\`original_work_url\` text,
  	\`explanation\` text,
  	\`requested_action\` text,
  	\`good_faith\` integer,
  	\`accuracy\` integer,
  	\`signature\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`decided_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`contact_requests_status_idx\` ON \`contact_requests\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`contact_requests_reference_idx\` ON \`contact_requests\` (\`reference\`);`)
  await db.run(sql`CREATE INDEX \`contact_requests_assignee_idx\` ON \`contact_requests\` (\`assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`contact_requests_due_at_idx\` ON \`contact_requests\` (\`due_at\`);`)
  await db.run(sql`CREATE INDEX \`contact_requests_anonymised_at_idx\` ON \`contact_requests\` (\`anonymised_at\`);`)
  await db.run(sql`CREATE INDEX \`contact_requests_closed_at_idx\` ON \`contact_requests\` (\`closed_at\`);`)
  await db.run(sql`CREATE INDEX \`contact_requests_open_rank_idx\` ON \`contact_requests\` (\`open_rank\`);`)
  await db.run(sql`CREATE INDEX \`contact_requests_confirmation_token_hash_idx\` ON \`contact_requests\` (\`confirmation_token_hash\`);`)
  await db.run(sql`CREATE INDEX \`contact_requests_decided_by_idx\` ON \`contact_requests\` (\`decided_by_id\`);`)
  await db.run(sql`CREATE INDEX \`contact_requests_basis_idx\` ON \`contact_requests\` (\`basis\`);`)
  await db.run(sql`CREATE INDEX \`contact_requests_updated_at_idx\` ON \`contact_requests\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`contact_requests_created_at_idx\` ON \`contact_requests\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`openRank_dueAt_createdAt_idx\` ON \`contact_requests\` (\`open_rank\`,\`due_at\`,\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`counter_notices\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`reference\` text NOT NULL,
  	\`notice_id\` integer,
  	\`name\` text NOT NULL,
  	\`email\` text NOT NULL,
  	\`contact\` text,
  	\`material\` text NOT NULL,
  	\`statement\` text NOT NULL,
  	\`evidence\` text,
  	\`good_faith\` integer,
  	\`sender_fingerprint\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`notice_id\`) REFERENCES \`contact_requests\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`counter_notices_notice_idx\` ON \`counter_notices\` (\`notice_id\`);`)
  await db.run(sql`CREATE INDEX \`counter_notices_updated_at_idx\` ON \`counter_notices\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`counter_notices_created_at_idx\` ON \`counter_notices\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`takedown_audit\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`request_id\` integer,
  	\`reference\` text,
  	\`summary\` text,
  	\`at\` text NOT NULL,
  	\`actor_id\` integer,
  	\`actor_label\` text NOT NULL,
  	\`from_status\` text,
  	\`to_status\` text NOT NULL,
  	\`reasons\` text,
  	\`content_hash\` text,
  	\`previous_hash\` text,
  	\`entry_hash\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`request_id\`) REFERENCES \`contact_requests\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`actor_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`takedown_audit_request_idx\` ON \`takedown_audit\` (\`request_id\`);`)
  await db.run(sql`CREATE INDEX \`takedown_audit_reference_idx\` ON \`takedown_audit\` (\`reference\`);`)
  await db.run(sql`CREATE INDEX \`takedown_audit_actor_idx\` ON \`takedown_audit\` (\`actor_id\`);`)
  await db.run(sql`CREATE INDEX \`takedown_audit_updated_at_idx\` ON \`takedown_audit\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`takedown_audit_created_at_idx\` ON \`takedown_audit\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`takedown_audit_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`takedown_audit\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`takedown_audit_texts_order_parent\` ON \`takedown_audit_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`takedown_evidence\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`notice_id\` integer NOT NULL,
  	\`prefix\` text DEFAULT 'evidence',
  	\`_objectkey\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	FOREIGN KEY (\`notice_id\`) REFERENCES \`contact_requests\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`takedown_evidence_notice_idx\` ON \`takedown_evidence\` (\`notice_id\`);`)
  await db.run(sql`CREATE INDEX \`takedown_evidence_updated_at_idx\` ON \`takedown_evidence\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`takedown_evidence_created_at_idx\` ON \`takedown_evidence\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`takedown_evidence_filename_idx\` ON \`takedown_evidence\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`users_roles\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_roles_order_idx\` ON \`users_roles\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_roles_parent_idx\` ON \`users_roles\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`exports\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`format\` text DEFAULT 'csv' NOT NULL,
  	\`limit\` numeric,
  	\`page\` numeric DEFAULT 1,
  	\`sort\` text,
  	\`sort_order\` text,
  	\`locale\` text DEFAULT 'all',
  	\`drafts\` text DEFAULT 'yes',
  	\`collection_slug\` text DEFAULT 'editions' NOT NULL,
  	\`where\` text DEFAULT '{}',
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric
  );
  `)
  await db.run(sql`CREATE INDEX \`exports_updated_at_idx\` ON \`exports\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`exports_created_at_idx\` ON \`exports\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`exports_filename_idx\` ON \`exports\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`exports_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`exports\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`exports_texts_order_parent\` ON \`exports_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
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
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`editions_id\`) REFERENCES \`editions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organizations_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pages_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`contact_requests_id\`) REFERENCES \`contact_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`counter_notices_id\`) REFERENCES \`counter_notices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`takedown_audit_id\`) REFERENCES \`takedown_audit\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`takedown_evidence_id\`) REFERENCES \`takedown_evidence\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
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
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`takedown_settings_hide_on_confirmation\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`takedown_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`takedown_settings_hide_on_confirmation_order_idx\` ON \`takedown_settings_hide_on_confirmation\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`takedown_settings_hide_on_confirmation_parent_idx\` ON \`takedown_settings_hide_on_confirmation\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`takedown_settings\` (
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
  await db.run(sql`CREATE TABLE \`payload_jobs_stats\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`stats\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`editions_hosts\`;`)
  await db.run(sql`DROP TABLE \`editions_concurrent_events\`;`)
  await db.run(sql`DROP TABLE \`editions_concurrent_events_locales\`;`)
  await db.run(sql`DROP TABLE \`editions_activities\`;`)
  await db.run(sql`DROP TABLE \`editions_activities_locales\`;`)
  await db.run(sql`DROP TABLE \`editions_sources\`;`)
  await db.run(sql`DROP TABLE \`editions_sources_locales\`;`)
  await db.run(sql`DROP TABLE \`editions\`;`)
  await db.run(sql`DROP TABLE \`editions_locales\`;`)
  await db.run(sql`DROP TABLE \`_editions_v_version_hosts\`;`)
  await db.run(sql`DROP TABLE \`_editions_v_version_concurrent_events\`;`)
  await db.run(sql`DROP TABLE \`_editions_v_version_concurrent_events_locales\`;`)
  await db.run(sql`DROP TABLE \`_editions_v_version_activities\`;`)
  await db.run(sql`DROP TABLE \`_editions_v_version_activities_locales\`;`)
  await db.run(sql`DROP TABLE \`_editions_v_version_sources\`;`)
  await db.run(sql`DROP TABLE \`_editions_v_version_sources_locales\`;`)
  await db.run(sql`DROP TABLE \`_editions_v\`;`)
  await db.run(sql`DROP TABLE \`_editions_v_locales\`;`)
  await db.run(sql`DROP TABLE \`organizations\`;`)
  await db.run(sql`DROP TABLE \`organizations_locales\`;`)
  await db.run(sql`DROP TABLE \`_organizations_v\`;`)
  await db.run(sql`DROP TABLE \`_organizations_v_locales\`;`)
  await db.run(sql`DROP TABLE \`pages\`;`)
  await db.run(sql`DROP TABLE \`pages_locales\`;`)
  await db.run(sql`DROP TABLE \`_pages_v\`;`)
  await db.run(sql`DROP TABLE \`_pages_v_locales\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`media_locales\`;`)
  await db.run(sql`DROP TABLE \`contact_requests_urls\`;`)
  await db.run(sql`DROP TABLE \`contact_requests_elements\`;`)
  await db.run(sql`DROP TABLE \`contact_requests\`;`)
  await db.run(sql`DROP TABLE \`counter_notices\`;`)
  await db.run(sql`DROP TABLE \`takedown_audit\`;`)
  await db.run(sql`DROP TABLE \`takedown_audit_texts\`;`)
  await db.run(sql`DROP TABLE \`takedown_evidence\`;`)
  await db.run(sql`DROP TABLE \`users_roles\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`exports\`;`)
  await db.run(sql`DROP TABLE \`exports_texts\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
  await db.run(sql`DROP TABLE \`takedown_settings_hide_on_confirmation\`;`)
  await db.run(sql`DROP TABLE \`takedown_settings\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_stats\`;`)
}
