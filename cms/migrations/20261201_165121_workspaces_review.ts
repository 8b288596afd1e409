import { sql, type MigrateDownArgs, type MigrateUpArgs } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`notices_review_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`action\` text,
  	\`by_id\` integer,
  	\`at\` text,
  	\`comment\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`notices\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`notices_review_log_order_idx\` ON \`notices_review_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`notices_review_log_parent_id_idx\` ON \`notices_review_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`notices_review_log_by_idx\` ON \`notices_review_log\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`_notices_v_version_review_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`action\` text,
  	\`by_id\` integer,
  	\`at\` text,
  	\`comment\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_notices_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_notices_v_version_review_log_order_idx\` ON \`_notices_v_version_review_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_notices_v_version_review_log_parent_id_idx\` ON \`_notices_v_version_review_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_notices_v_version_review_log_by_idx\` ON \`_notices_v_version_review_log\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`topics_review_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`action\` text,
  	\`by_id\` integer,
  	\`at\` text,
  	\`comment\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`topics_review_log_order_idx\` ON \`topics_review_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`topics_review_log_parent_id_idx\` ON \`topics_review_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`topics_review_log_by_idx\` ON \`topics_review_log\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`_topics_v_version_review_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`action\` text,
  	\`by_id\` integer,
  	\`at\` text,
  	\`comment\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_topics_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_topics_v_version_review_log_order_idx\` ON \`_topics_v_version_review_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_version_review_log_parent_id_idx\` ON \`_topics_v_version_review_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_version_review_log_by_idx\` ON \`_topics_v_version_review_log\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`providers_review_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`action\` text,
  	\`by_id\` integer,
  	\`at\` text,
  	\`comment\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`providers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`providers_review_log_order_idx\` ON \`providers_review_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`providers_review_log_parent_id_idx\` ON \`providers_review_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`providers_review_log_by_idx\` ON \`providers_review_log\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`_providers_v_version_review_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`action\` text,
  	\`by_id\` integer,
  	\`at\` text,
  	\`comment\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_providers_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_providers_v_version_review_log_order_idx\` ON \`_providers_v_version_review_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_providers_v_version_review_log_parent_id_idx\` ON \`_providers_v_version_review_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_providers_v_version_review_log_by_idx\` ON \`_providers_v_version_review_log\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`faqs_review_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`action\` text,
  	\`by_id\` integer,
  	\`at\` text,
  	\`comment\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`faqs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`faqs_review_log_order_idx\` ON \`faqs_review_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`faqs_review_log_parent_id_idx\` ON \`faqs_review_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`faqs_review_log_by_idx\` ON \`faqs_review_log\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`_faqs_v_version_review_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`action\` text,
  	\`by_id\` integer,
  	\`at\` text,
  	\`comment\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_faqs_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_faqs_v_version_review_log_order_idx\` ON \`_faqs_v_version_review_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_version_review_log_parent_id_idx\` ON \`_faqs_v_version_review_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_version_review_log_by_idx\` ON \`_faqs_v_version_review_log\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`forms_review_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`action\` text,
  	\`by_id\` integer,
  	\`at\` text,
  	\`comment\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`forms\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`forms_review_log_order_idx\` ON \`forms_review_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`forms_review_log_parent_id_idx\` ON \`forms_review_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`forms_review_log_by_idx\` ON \`forms_review_log\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`_forms_v_version_review_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`action\` text,
  	\`by_id\` integer,
  	\`at\` text,
  	\`comment\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_forms_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_forms_v_version_review_log_order_idx\` ON \`_forms_v_version_review_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_version_review_log_parent_id_idx\` ON \`_forms_v_version_review_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_version_review_log_by_idx\` ON \`_forms_v_version_review_log\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`users_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`workspaces_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`workspaces_id\`) REFERENCES \`workspaces\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_rels_order_idx\` ON \`users_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_parent_idx\` ON \`users_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_path_idx\` ON \`users_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_workspaces_id_idx\` ON \`users_rels\` (\`workspaces_id\`);`)
  await db.run(sql`CREATE TABLE \`workspaces\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`short_name\` text NOT NULL,
  	\`slug\` text NOT NULL,
  	\`kind\` text DEFAULT 'city' NOT NULL,
  	\`order\` numeric DEFAULT 100 NOT NULL,
  	\`contacts_address\` text,
  	\`contacts_website\` text,
  	\`contacts_website_note\` text,
  	\`contacts_note\` text,
  	\`source\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`workspaces_name_idx\` ON \`workspaces\` (\`name\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`workspaces_slug_idx\` ON \`workspaces\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`workspaces_updated_at_idx\` ON \`workspaces\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`workspaces_created_at_idx\` ON \`workspaces\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`workspaces_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`workspaces\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`workspaces_texts_order_parent\` ON \`workspaces_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`ALTER TABLE \`notices\` ADD \`workspace_id\` integer REFERENCES workspaces(id);`)
  await db.run(sql`ALTER TABLE \`notices\` ADD \`review\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`notices\` ADD \`review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`notices\` ADD \`review_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`notices\` ADD \`review_submitted_at\` text;`)
  await db.run(sql`CREATE INDEX \`notices_workspace_idx\` ON \`notices\` (\`workspace_id\`);`)
  await db.run(sql`CREATE INDEX \`notices_review_idx\` ON \`notices\` (\`review\`);`)
  await db.run(sql`CREATE INDEX \`notices_review_submitted_by_idx\` ON \`notices\` (\`review_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`notices_review_submitted_at_idx\` ON \`notices\` (\`review_submitted_at\`);`)
  await db.run(sql`ALTER TABLE \`_notices_v\` ADD \`version_workspace_id\` integer REFERENCES workspaces(id);`)
  await db.run(sql`ALTER TABLE \`_notices_v\` ADD \`version_review\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_notices_v\` ADD \`version_review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`_notices_v\` ADD \`version_review_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_notices_v\` ADD \`version_review_submitted_at\` text;`)
  await db.run(sql`CREATE INDEX \`_notices_v_version_version_workspace_idx\` ON \`_notices_v\` (\`version_workspace_id\`);`)
  await db.run(sql`CREATE INDEX \`_notices_v_version_version_review_idx\` ON \`_notices_v\` (\`version_review\`);`)
  await db.run(sql`CREATE INDEX \`_notices_v_version_version_review_submitted_by_idx\` ON \`_notices_v\` (\`version_review_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_notices_v_version_version_review_submitted_at_idx\` ON \`_notices_v\` (\`version_review_submitted_at\`);`)
  await db.run(sql`ALTER TABLE \`topics\` ADD \`review\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`topics\` ADD \`review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`topics\` ADD \`review_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`topics\` ADD \`review_submitted_at\` text;`)
  await db.run(sql`CREATE INDEX \`topics_review_idx\` ON \`topics\` (\`review\`);`)
  await db.run(sql`CREATE INDEX \`topics_review_submitted_by_idx\` ON \`topics\` (\`review_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`topics_review_submitted_at_idx\` ON \`topics\` (\`review_submitted_at\`);`)
  await db.run(sql`ALTER TABLE \`_topics_v\` ADD \`version_review\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_topics_v\` ADD \`version_review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`_topics_v\` ADD \`version_review_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_topics_v\` ADD \`version_review_submitted_at\` text;`)
  await db.run(sql`CREATE INDEX \`_topics_v_version_version_review_idx\` ON \`_topics_v\` (\`version_review\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_version_version_review_submitted_by_idx\` ON \`_topics_v\` (\`version_review_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_version_version_review_submitted_at_idx\` ON \`_topics_v\` (\`version_review_submitted_at\`);`)
  await db.run(sql`ALTER TABLE \`providers\` ADD \`review\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`providers\` ADD \`review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`providers\` ADD \`review_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`providers\` ADD \`review_submitted_at\` text;`)
  await db.run(sql`CREATE INDEX \`providers_review_idx\` ON \`providers\` (\`review\`);`)
  await db.run(sql`CREATE INDEX \`providers_review_submitted_by_idx\` ON \`providers\` (\`review_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`providers_review_submitted_at_idx\` ON \`providers\` (\`review_submitted_at\`);`)
  await db.run(sql`ALTER TABLE \`_providers_v\` ADD \`version_review\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_providers_v\` ADD \`version_review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`_providers_v\` ADD \`version_review_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_providers_v\` ADD \`version_review_submitted_at\` text;`)
  await db.run(sql`CREATE INDEX \`_providers_v_version_version_review_idx\` ON \`_providers_v\` (\`version_review\`);`)
  await db.run(sql`CREATE INDEX \`_providers_v_version_version_review_submitted_by_idx\` ON \`_providers_v\` (\`version_review_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_providers_v_version_version_review_submitted_at_idx\` ON \`_providers_v\` (\`version_review_submitted_at\`);`)
  await db.run(sql`ALTER TABLE \`faqs\` ADD \`workspace_id\` integer REFERENCES workspaces(id);`)
  await db.run(sql`ALTER TABLE \`faqs\` ADD \`review\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`faqs\` ADD \`review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`faqs\` ADD \`review_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`faqs\` ADD \`review_submitted_at\` text;`)
  await db.run(sql`CREATE INDEX \`faqs_workspace_idx\` ON \`faqs\` (\`workspace_id\`);`)
  await db.run(sql`CREATE INDEX \`faqs_review_idx\` ON \`faqs\` (\`review\`);`)
  await db.run(sql`CREATE INDEX \`faqs_review_submitted_by_idx\` ON \`faqs\` (\`review_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`faqs_review_submitted_at_idx\` ON \`faqs\` (\`review_submitted_at\`);`)
  await db.run(sql`ALTER TABLE \`_faqs_v\` ADD \`version_workspace_id\` integer REFERENCES workspaces(id);`)
  await db.run(sql`ALTER TABLE \`_faqs_v\` ADD \`version_review\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_faqs_v\` ADD \`version_review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`_faqs_v\` ADD \`version_review_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_faqs_v\` ADD \`version_review_submitted_at\` text;`)
  await db.run(sql`CREATE INDEX \`_faqs_v_version_version_workspace_idx\` ON \`_faqs_v\` (\`version_workspace_id\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_version_version_review_idx\` ON \`_faqs_v\` (\`version_review\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_version_version_review_submitted_by_idx\` ON \`_faqs_v\` (\`version_review_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_version_version_review_submitted_at_idx\` ON \`_faqs_v\` (\`version_review_submitted_at\`);`)
  await db.run(sql`ALTER TABLE \`forms\` ADD \`workspace_id\` integer REFERENCES workspaces(id);`)
  await db.run(sql`ALTER TABLE \`forms\` ADD \`review\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`forms\` ADD \`review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`forms\` ADD \`review_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`forms\` ADD \`review_submitted_at\` text;`)
  await db.run(sql`CREATE INDEX \`forms_workspace_idx\` ON \`forms\` (\`workspace_id\`);`)
  await db.run(sql`CREATE INDEX \`forms_review_idx\` ON \`forms\` (\`review\`);`)
  await db.run(sql`CREATE INDEX \`forms_review_submitted_by_idx\` ON \`forms\` (\`review_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`forms_review_submitted_at_idx\` ON \`forms\` (\`review_submitted_at\`);`)
  await db.run(sql`ALTER TABLE \`_forms_v\` ADD \`version_workspace_id\` integer REFERENCES workspaces(id);`)
  await db.run(sql`ALTER TABLE \`_forms_v\` ADD \`version_review\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_forms_v\` ADD \`version_review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`_forms_v\` ADD \`version_review_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_forms_v\` ADD \`version_review_submitted_at\` text;`)
  await db.run(sql`CREATE INDEX \`_forms_v_version_version_workspace_idx\` ON \`_forms_v\` (\`version_workspace_id\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_version_version_review_idx\` ON \`_forms_v\` (\`version_review\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_version_version_review_submitted_by_idx\` ON \`_forms_v\` (\`version_review_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_version_version_review_submitted_at_idx\` ON \`_forms_v\` (\`version_review_submitted_at\`);`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`workspace_id\` integer REFERENCES workspaces(id);`)
  await db.run(sql`CREATE INDEX \`media_workspace_idx\` ON \`media\` (\`workspace_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`workspaces_id\` integer REFERENCES workspaces(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_workspaces_id_idx\` ON \`payload_locked_documents_rels\` (\`workspaces_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`notices_review_log\`;`)
  await db.run(sql`DROP TABLE \`_notices_v_version_review_log\`;`)
  await db.run(sql`DROP TABLE \`topics_review_log\`;`)
  await db.run(sql`DROP TABLE \`_topics_v_version_review_log\`;`)
  await db.run(sql`DROP TABLE \`providers_review_log\`;`)
  await db.run(sql`DROP TABLE \`_providers_v_version_review_log\`;`)
  await db.run(sql`DROP TABLE \`faqs_review_log\`;`)
  await db.run(sql`DROP TABLE \`_faqs_v_version_review_log\`;`)
  await db.run(sql`DROP TABLE \`forms_review_log\`;`)
  await db.run(sql`DROP TABLE \`_forms_v_version_review_log\`;`)
  await db.run(sql`DROP TABLE \`users_rels\`;`)
  await db.run(sql`DROP TABLE \`workspaces\`;`)
  await db.run(sql`DROP TABLE \`workspaces_texts\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_notices\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`doc_number\` text,
  	\`title\` text,
  	\`title_supplied\` integer,
  	\`slug\` text,
  	\`issuer\` text,
  	\`level\` text DEFAULT 'province',
  	\`date_issued\` text,
  	\`date_published\` text,
  	\`year\` numeric,
  	\`effective_date\` text,
  	\`effective_note\` text,
  	\`index_number\` text,
  	\`recipients\` text,
  	\`body\` text,
  	\`full_text\` integer DEFAULT true,
  	\`status\` text DEFAULT 'in-force',
  	\`status_date\` text,
  	\`status_by_id\` integer,
  	\`source\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`status_by_id\`) REFERENCES \`notices\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_notices\`("id", "doc_number", "title", "title_supplied", "slug", "issuer", "level", "date_issued", "date_published", "year", "effective_date", "effective_note", "index_number", "recipients", "body", "full_text", "status", "status_date", "status_by_id", "source", "updated_at", "created_at", "_status") SELECT "id", "doc_number", "title", "title_supplied", "slug", "issuer", "level", "date_issued", "date_published", "year", "effective_date", "effective_note", "index_number", "recipients", "body", "full_text", "status", "status_date", "status_by_id", "source", "updated_at", "created_at", "_status" FROM \`notices\`;`)
  await db.run(sql`DROP TABLE \`notices\`;`)
  await db.run(sql`ALTER TABLE \`__new_notices\` RENAME TO \`notices\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`notices_doc_number_idx\` ON \`notices\` (\`doc_number\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`notices_slug_idx\` ON \`notices\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`notices_issuer_idx\` ON \`notices\` (\`issuer\`);`)
  await db.run(sql`CREATE INDEX \`notices_year_idx\` ON \`notices\` (\`year\`);`)
  await db.run(sql`CREATE INDEX \`notices_status_idx\` ON \`notices\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`notices_status_by_idx\` ON \`notices\` (\`status_by_id\`);`)
  await db.run(sql`CREATE INDEX \`notices_updated_at_idx\` ON \`notices\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`notices_created_at_idx\` ON \`notices\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`notices__status_idx\` ON \`notices\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__notices_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_doc_number\` text,
  	\`version_title\` text,
  	\`version_title_supplied\` integer,
  	\`version_slug\` text,
  	\`version_issuer\` text,
  	\`version_level\` text DEFAULT 'province',
  	\`version_date_issued\` text,
  	\`version_date_published\` text,
  	\`version_year\` numeric,
  	\`version_effective_date\` text,
  	\`version_effective_note\` text,
  	\`version_index_number\` text,
  	\`version_recipients\` text,
  	\`version_body\` text,
  	\`version_full_text\` integer DEFAULT true,
  	\`version_status\` text DEFAULT 'in-force',
  	\`version_status_date\` text,
  	\`version_status_by_id\` integer,
  	\`version_source\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`notices\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_status_by_id\`) REFERENCES \`notices\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__notices_v\`("id", "parent_id", "version_doc_number", "version_title", "version_title_supplied", "version_slug", "version_issuer", "version_level", "version_date_issued", "version_date_published", "version_year", "version_effective_date", "version_effective_note", "version_index_number", "version_recipients", "version_body", "version_full_text", "version_status", "version_status_date", "version_status_by_id", "version_source", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest", "autosave") SELECT "id", "parent_id", "version_doc_number", "version_title", "version_title_supplied", "version_slug", "version_issuer", "version_level", "version_date_issued", "version_date_published", "version_year", "version_effective_date", "version_effective_note", "version_index_number", "version_recipients", "version_body", "version_full_text", "version_status", "version_status_date", "version_status_by_id", "version_source", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest", "autosave" FROM \`_notices_v\`;`)
  await db.run(sql`DROP TABLE \`_notices_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__notices_v\` RENAME TO \`_notices_v\`;`)
  await db.run(sql`CREATE INDEX \`_notices_v_parent_idx\` ON \`_notices_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_notices_v_version_version_doc_number_idx\` ON \`_notices_v\` (\`version_doc_number\`);`)
  await db.run(sql`CREATE INDEX \`_notices_v_version_version_slug_idx\` ON \`_notices_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_notices_v_version_version_issuer_idx\` ON \`_notices_v\` (\`version_issuer\`);`)
  await db.run(sql`CREATE INDEX \`_notices_v_version_version_year_idx\` ON \`_notices_v\` (\`version_year\`);`)
  await db.run(sql`CREATE INDEX \`_notices_v_version_version_status_idx\` ON \`_notices_v\` (\`version_status\`);`)
  await db.run(sql`CREATE INDEX \`_notices_v_version_version_status_by_idx\` ON \`_notices_v\` (\`version_status_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_notices_v_version_version_updated_at_idx\` ON \`_notices_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_notices_v_version_version_created_at_idx\` ON \`_notices_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_notices_v_version_version__status_idx\` ON \`_notices_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_notices_v_created_at_idx\` ON \`_notices_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_notices_v_updated_at_idx\` ON \`_notices_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_notices_v_latest_idx\` ON \`_notices_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_notices_v_autosave_idx\` ON \`_notices_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`__new_topics\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`year\` numeric,
  	\`title\` text,
  	\`slug\` text,
  	\`provider_id\` integer,
  	\`learning_url\` text,
  	\`learning_url_as_printed\` text,
  	\`hours\` numeric DEFAULT 30,
  	\`contract_start\` text,
  	\`contract_end\` text,
  	\`study_deadline\` text,
  	\`source_notice_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`provider_id\`) REFERENCES \`providers\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`source_notice_id\`) REFERENCES \`notices\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_topics\`("id", "year", "title", "slug", "provider_id", "learning_url", "learning_url_as_printed", "hours", "contract_start", "contract_end", "study_deadline", "source_notice_id", "updated_at", "created_at", "_status") SELECT "id", "year", "title", "slug", "provider_id", "learning_url", "learning_url_as_printed", "hours", "contract_start", "contract_end", "study_deadline", "source_notice_id", "updated_at", "created_at", "_status" FROM \`topics\`;`)
  await db.run(sql`DROP TABLE \`topics\`;`)
  await db.run(sql`ALTER TABLE \`__new_topics\` RENAME TO \`topics\`;`)
  await db.run(sql`CREATE INDEX \`topics_year_idx\` ON \`topics\` (\`year\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`topics_slug_idx\` ON \`topics\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`topics_provider_idx\` ON \`topics\` (\`provider_id\`);`)
  await db.run(sql`CREATE INDEX \`topics_source_notice_idx\` ON \`topics\` (\`source_notice_id\`);`)
  await db.run(sql`CREATE INDEX \`topics_updated_at_idx\` ON \`topics\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`topics_created_at_idx\` ON \`topics\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`topics__status_idx\` ON \`topics\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__topics_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_year\` numeric,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_provider_id\` integer,
  	\`version_learning_url\` text,
  	\`version_learning_url_as_printed\` text,
  	\`version_hours\` numeric DEFAULT 30,
  	\`version_contract_start\` text,
  	\`version_contract_end\` text,
  	\`version_study_deadline\` text,
  	\`version_source_notice_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_provider_id\`) REFERENCES \`providers\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_source_notice_id\`) REFERENCES \`notices\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__topics_v\`("id", "parent_id", "version_year", "version_title", "version_slug", "version_provider_id", "version_learning_url", "version_learning_url_as_printed", "version_hours", "version_contract_start", "version_contract_end", "version_study_deadline", "version_source_notice_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest", "autosave") SELECT "id", "parent_id", "version_year", "version_title", "version_slug", "version_provider_id", "version_learning_url", "version_learning_url_as_printed", "version_hours", "version_contract_start", "version_contract_end", "version_study_deadline", "version_source_notice_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest", "autosave" FROM \`_topics_v\`;`)
  await db.run(sql`DROP TABLE \`_topics_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__topics_v\` RENAME TO \`_topics_v\`;`)
  await db.run(sql`CREATE INDEX \`_topics_v_parent_idx\` ON \`_topics_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_version_version_year_idx\` ON \`_topics_v\` (\`version_year\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_version_version_slug_idx\` ON \`_topics_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_version_version_provider_idx\` ON \`_topics_v\` (\`version_provider_id\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_version_version_source_notice_idx\` ON \`_topics_v\` (\`version_source_notice_id\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_version_version_updated_at_idx\` ON \`_topics_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_version_version_created_at_idx\` ON \`_topics_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_version_version__status_idx\` ON \`_topics_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_created_at_idx\` ON \`_topics_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_updated_at_idx\` ON \`_topics_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_latest_idx\` ON \`_topics_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_autosave_idx\` ON \`_topics_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`__new_providers\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`slug\` text,
  	\`website\` text,
  	\`website_as_printed\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`INSERT INTO \`__new_providers\`("id", "name", "slug", "website", "website_as_printed", "updated_at", "created_at", "_status") SELECT "id", "name", "slug", "website", "website_as_printed", "updated_at", "created_at", "_status" FROM \`providers\`;`)
  await db.run(sql`DROP TABLE \`providers\`;`)
  await db.run(sql`ALTER TABLE \`__new_providers\` RENAME TO \`providers\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`providers_slug_idx\` ON \`providers\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`providers_updated_at_idx\` ON \`providers\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`providers_created_at_idx\` ON \`providers\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`providers__status_idx\` ON \`providers\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__providers_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_name\` text,
  	\`version_slug\` text,
  	\`version_website\` text,
  	\`version_website_as_printed\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`providers\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__providers_v\`("id", "parent_id", "version_name", "version_slug", "version_website", "version_website_as_printed", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest", "autosave") SELECT "id", "parent_id", "version_name", "version_slug", "version_website", "version_website_as_printed", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest", "autosave" FROM \`_providers_v\`;`)
  await db.run(sql`DROP TABLE \`_providers_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__providers_v\` RENAME TO \`_providers_v\`;`)
  await db.run(sql`CREATE INDEX \`_providers_v_parent_idx\` ON \`_providers_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_providers_v_version_version_slug_idx\` ON \`_providers_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_providers_v_version_version_updated_at_idx\` ON \`_providers_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_providers_v_version_version_created_at_idx\` ON \`_providers_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_providers_v_version_version__status_idx\` ON \`_providers_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_providers_v_created_at_idx\` ON \`_providers_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_providers_v_updated_at_idx\` ON \`_providers_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_providers_v_latest_idx\` ON \`_providers_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_providers_v_autosave_idx\` ON \`_providers_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`__new_faqs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`question\` text,
  	\`slug\` text,
  	\`answer\` text,
  	\`category\` text,
  	\`order\` numeric DEFAULT 0,
  	\`source_notice_id\` integer,
  	\`ordinal\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`source_notice_id\`) REFERENCES \`notices\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_faqs\`("id", "question", "slug", "answer", "category", "order", "source_notice_id", "ordinal", "updated_at", "created_at", "_status") SELECT "id", "question", "slug", "answer", "category", "order", "source_notice_id", "ordinal", "updated_at", "created_at", "_status" FROM \`faqs\`;`)
  await db.run(sql`DROP TABLE \`faqs\`;`)
  await db.run(sql`ALTER TABLE \`__new_faqs\` RENAME TO \`faqs\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`faqs_slug_idx\` ON \`faqs\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`faqs_category_idx\` ON \`faqs\` (\`category\`);`)
  await db.run(sql`CREATE INDEX \`faqs_source_notice_idx\` ON \`faqs\` (\`source_notice_id\`);`)
  await db.run(sql`CREATE INDEX \`faqs_updated_at_idx\` ON \`faqs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`faqs_created_at_idx\` ON \`faqs\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`faqs__status_idx\` ON \`faqs\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__faqs_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_question\` text,
  	\`version_slug\` text,
  	\`version_answer\` text,
  	\`version_category\` text,
  	\`version_order\` numeric DEFAULT 0,
  	\`version_source_notice_id\` integer,
  	\`version_ordinal\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`faqs\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_source_notice_id\`) REFERENCES \`notices\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__faqs_v\`("id", "parent_id", "version_question", "version_slug", "version_answer", "version_category", "version_order", "version_source_notice_id", "version_ordinal", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest", "autosave") SELECT "id", "parent_id", "version_question", "version_slug", "version_answer", "version_category", "version_order", "version_source_notice_id", "version_ordinal", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest", "autosave" FROM \`_faqs_v\`;`)
  await db.run(sql`DROP TABLE \`_faqs_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__faqs_v\` RENAME TO \`_faqs_v\`;`)
  await db.run(sql`CREATE INDEX \`_faqs_v_parent_idx\` ON \`_faqs_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_version_version_slug_idx\` ON \`_faqs_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_version_version_category_idx\` ON \`_faqs_v\` (\`version_category\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_version_version_source_notice_idx\` ON \`_faqs_v\` (\`version_source_notice_id\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_version_version_updated_at_idx\` ON \`_faqs_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_version_version_created_at_idx\` ON \`_faqs_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_version_version__status_idx\` ON \`_faqs_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_created_at_idx\` ON \`_faqs_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_updated_at_idx\` ON \`_faqs_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_latest_idx\` ON \`_faqs_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_autosave_idx\` ON \`_faqs_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`__new_forms\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`source_notice_id\` integer,
  	\`notes\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`source_notice_id\`) REFERENCES \`notices\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_forms\`("id", "title", "slug", "source_notice_id", "notes", "updated_at", "created_at", "_status") SELECT "id", "title", "slug", "source_notice_id", "notes", "updated_at", "created_at", "_status" FROM \`forms\`;`)
  await db.run(sql`DROP TABLE \`forms\`;`)
  await db.run(sql`ALTER TABLE \`__new_forms\` RENAME TO \`forms\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`forms_slug_idx\` ON \`forms\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`forms_source_notice_idx\` ON \`forms\` (\`source_notice_id\`);`)
  await db.run(sql`CREATE INDEX \`forms_updated_at_idx\` ON \`forms\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`forms_created_at_idx\` ON \`forms\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`forms__status_idx\` ON \`forms\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__forms_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_source_notice_id\` integer,
  	\`version_notes\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`forms\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_source_notice_id\`) REFERENCES \`notices\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__forms_v\`("id", "parent_id", "version_title", "version_slug", "version_source_notice_id", "version_notes", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest", "autosave") SELECT "id", "parent_id", "version_title", "version_slug", "version_source_notice_id", "version_notes", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest", "autosave" FROM \`_forms_v\`;`)
  await db.run(sql`DROP TABLE \`_forms_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__forms_v\` RENAME TO \`_forms_v\`;`)
  await db.run(sql`CREATE INDEX \`_forms_v_parent_idx\` ON \`_forms_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_version_version_slug_idx\` ON \`_forms_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_version_version_source_notice_idx\` ON \`_forms_v\` (\`version_source_notice_id\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_version_version_updated_at_idx\` ON \`_forms_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_version_version_created_at_idx\` ON \`_forms_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_version_version__status_idx\` ON \`_forms_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_created_at_idx\` ON \`_forms_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_updated_at_idx\` ON \`_forms_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_latest_idx\` ON \`_forms_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_autosave_idx\` ON \`_forms_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`__new_media\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`alt\` text,
  	\`public\` integer DEFAULT false,
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
  	\`sizes_card_url\` text,
  	\`sizes_card_width\` numeric,
  	\`sizes_card_height\` numeric,
  	\`sizes_card_mime_type\` text,
  	\`sizes_card_filesize\` numeric,
  	\`sizes_card_filename\` text,
  	\`sizes_page_url\` text,
  	\`sizes_page_width\` numeric,
  	\`sizes_page_height\` numeric,
  	\`sizes_page_mime_type\` text,
  	\`sizes_page_filesize\` numeric,
  	\`sizes_page_filename\` text
  );
  `)
  await db.run(sql`INSERT INTO \`__new_media\`("id", "alt", "public", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y", "sizes_card_url", "sizes_card_width", "sizes_card_height", "sizes_card_mime_type", "sizes_card_filesize", "sizes_card_filename", "sizes_page_url", "sizes_page_width", "sizes_page_height", "sizes_page_mime_type", "sizes_page_filesize", "sizes_page_filename") SELECT "id", "alt", "public", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y", "sizes_card_url", "sizes_card_width", "sizes_card_height", "sizes_card_mime_type", "sizes_card_filesize", "sizes_card_filename", "sizes_page_url", "sizes_page_width", "sizes_page_height", "sizes_page_mime_type", "sizes_page_filesize", "sizes_page_filename" FROM \`media\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`ALTER TABLE \`__new_media\` RENAME TO \`media\`;`)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_card_sizes_card_filename_idx\` ON \`media\` (\`sizes_card_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_page_sizes_page_filename_idx\` ON \`media\` (\`sizes_page_filename\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`notices_id\` integer,
  	\`topics_id\` integer,
  	\`providers_id\` integer,
  	\`faqs_id\` integer,
  	\`forms_id\` integer,
  	\`media_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`notices_id\`) REFERENCES \`notices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`providers_id\`) REFERENCES \`providers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`faqs_id\`) REFERENCES \`faqs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`forms_id\`) REFERENCES \`forms\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "notices_id", "topics_id", "providers_id", "faqs_id", "forms_id", "media_id", "users_id") SELECT "id", "order", "parent_id", "path", "notices_id", "topics_id", "providers_id", "faqs_id", "forms_id", "media_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_notices_id_idx\` ON \`payload_locked_documents_rels\` (\`notices_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_topics_id_idx\` ON \`payload_locked_documents_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_providers_id_idx\` ON \`payload_locked_documents_rels\` (\`providers_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_faqs_id_idx\` ON \`payload_locked_documents_rels\` (\`faqs_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_forms_id_idx\` ON \`payload_locked_documents_rels\` (\`forms_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
}
