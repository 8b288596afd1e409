import { sql, type MigrateDownArgs, type MigrateUpArgs } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`notices_subjects\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`notices\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`notices_subjects_order_idx\` ON \`notices_subjects\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`notices_subjects_parent_idx\` ON \`notices_subjects\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`notices_subjects_value_idx\` ON \`notices_subjects\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`_notices_v_version_subjects\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_notices_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_notices_v_version_subjects_order_idx\` ON \`_notices_v_version_subjects\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_notices_v_version_subjects_parent_idx\` ON \`_notices_v_version_subjects\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_notices_v_version_subjects_value_idx\` ON \`_notices_v_version_subjects\` (\`value\`);`)
  await db.run(sql`ALTER TABLE \`notices_attachments\` ADD \`link\` text;`)
  await db.run(sql`ALTER TABLE \`notices\` ADD \`date_published\` text;`)
  await db.run(sql`ALTER TABLE \`notices\` ADD \`effective_date\` text;`)
  await db.run(sql`ALTER TABLE \`notices\` ADD \`effective_note\` text;`)
  await db.run(sql`ALTER TABLE \`notices\` ADD \`index_number\` text;`)
  await db.run(sql`ALTER TABLE \`_notices_v_version_attachments\` ADD \`link\` text;`)
  await db.run(sql`ALTER TABLE \`_notices_v\` ADD \`version_date_published\` text;`)
  await db.run(sql`ALTER TABLE \`_notices_v\` ADD \`version_effective_date\` text;`)
  await db.run(sql`ALTER TABLE \`_notices_v\` ADD \`version_effective_note\` text;`)
  await db.run(sql`ALTER TABLE \`_notices_v\` ADD \`version_index_number\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`notices_subjects\`;`)
  await db.run(sql`DROP TABLE \`_notices_v_version_subjects\`;`)
  await db.run(sql`ALTER TABLE \`notices_attachments\` DROP COLUMN \`link\`;`)
  await db.run(sql`ALTER TABLE \`notices\` DROP COLUMN \`date_published\`;`)
  await db.run(sql`ALTER TABLE \`notices\` DROP COLUMN \`effective_date\`;`)
  await db.run(sql`ALTER TABLE \`notices\` DROP COLUMN \`effective_note\`;`)
  await db.run(sql`ALTER TABLE \`notices\` DROP COLUMN \`index_number\`;`)
  await db.run(sql`ALTER TABLE \`_notices_v_version_attachments\` DROP COLUMN \`link\`;`)
  await db.run(sql`ALTER TABLE \`_notices_v\` DROP COLUMN \`version_date_published\`;`)
  await db.run(sql`ALTER TABLE \`_notices_v\` DROP COLUMN \`version_effective_date\`;`)
  await db.run(sql`ALTER TABLE \`_notices_v\` DROP COLUMN \`version_effective_note\`;`)
  await db.run(sql`ALTER TABLE \`_notices_v\` DROP COLUMN \`version_index_number\`;`)
}
