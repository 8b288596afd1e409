import { sql, type MigrateDownArgs, type MigrateUpArgs } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE INDEX \`notices_status_by_id_date_issued_created_at_lookup_idx\` ON \`notices\` (\`status_by_id\`,\`date_issued\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`notices_v_version_status_by_id_latest_version_date_issued_created_at_lookup_idx\` ON \`_notices_v\` (\`version_status_by_id\`,\`latest\`,\`version_date_issued\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`notices_v_latest_version_date_issued_created_at_lookup_idx\` ON \`_notices_v\` (\`latest\`,\`version_date_issued\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`topics_source_notice_id_year_created_at_lookup_idx\` ON \`topics\` (\`source_notice_id\`,\`year\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`topics_provider_id_year_created_at_lookup_idx\` ON \`topics\` (\`provider_id\`,\`year\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`topics_v_version_source_notice_id_latest_version_year_created_at_lookup_idx\` ON \`_topics_v\` (\`version_source_notice_id\`,\`latest\`,\`version_year\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`topics_v_version_provider_id_latest_version_year_created_at_lookup_idx\` ON \`_topics_v\` (\`version_provider_id\`,\`latest\`,\`version_year\`,\`created_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`notices_status_by_id_date_issued_created_at_lookup_idx\`;`)
  await db.run(sql`DROP INDEX \`notices_v_version_status_by_id_latest_version_date_issued_created_at_lookup_idx\`;`)
  await db.run(sql`DROP INDEX \`notices_v_latest_version_date_issued_created_at_lookup_idx\`;`)
  await db.run(sql`DROP INDEX \`topics_source_notice_id_year_created_at_lookup_idx\`;`)
  await db.run(sql`DROP INDEX \`topics_provider_id_year_created_at_lookup_idx\`;`)
  await db.run(sql`DROP INDEX \`topics_v_version_source_notice_id_latest_version_year_created_at_lookup_idx\`;`)
  await db.run(sql`DROP INDEX \`topics_v_version_provider_id_latest_version_year_created_at_lookup_idx\`;`)
}
