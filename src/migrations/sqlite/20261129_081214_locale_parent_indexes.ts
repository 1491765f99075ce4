import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE INDEX \`editions_concurrent_events_locales_parent_id_idx\` ON \`editions_concurrent_events_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`editions_activities_locales_parent_id_idx\` ON \`editions_activities_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`editions_sources_locales_parent_id_idx\` ON \`editions_sources_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`editions_locales_parent_id_idx\` ON \`editions_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_editions_v_version_concurrent_events_locales_parent_id_idx\` ON \`_editions_v_version_concurrent_events_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_editions_v_version_activities_locales_parent_id_idx\` ON \`_editions_v_version_activities_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_editions_v_version_sources_locales_parent_id_idx\` ON \`_editions_v_version_sources_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_editions_v_locales_parent_id_idx\` ON \`_editions_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`organizations_locales_parent_id_idx\` ON \`organizations_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_organizations_v_locales_parent_id_idx\` ON \`_organizations_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`pages_locales_parent_id_idx\` ON \`pages_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_locales_parent_id_idx\` ON \`_pages_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`media_locales_parent_id_idx\` ON \`media_locales\` (\`_parent_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`editions_concurrent_events_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`editions_activities_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`editions_sources_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`editions_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`_editions_v_version_concurrent_events_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`_editions_v_version_activities_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`_editions_v_version_sources_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`_editions_v_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`organizations_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`_organizations_v_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`pages_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`_pages_v_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`media_locales_parent_id_idx\`;`)
}
