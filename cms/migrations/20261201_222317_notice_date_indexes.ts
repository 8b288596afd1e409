import { sql, type MigrateDownArgs, type MigrateUpArgs } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE INDEX \`_status_dateIssued_createdAt_idx\` ON \`notices\` (\`_status\`,\`date_issued\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`dateIssued_createdAt_idx\` ON \`notices\` (\`date_issued\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_dateIssued_version_createdAt_idx\` ON \`_notices_v\` (\`version__status\`,\`version_date_issued\`,\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`version_dateIssued_version_createdAt_idx\` ON \`_notices_v\` (\`version_date_issued\`,\`version_created_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`_status_dateIssued_createdAt_idx\`;`)
  await db.run(sql`DROP INDEX \`dateIssued_createdAt_idx\`;`)
  await db.run(sql`DROP INDEX \`version__status_version_dateIssued_version_createdAt_idx\`;`)
  await db.run(sql`DROP INDEX \`version_dateIssued_version_createdAt_idx\`;`)
}
