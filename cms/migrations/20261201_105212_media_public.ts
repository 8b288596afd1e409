import { sql, type MigrateDownArgs, type MigrateUpArgs } from '@payloadcms/db-sqlite'

// Media 公开 flag (issue 18). The generator also proposed rebuilding `users` to drop the column
// default of `role`; that is left out on purpose: inside the migration's transaction
// `PRAGMA foreign_keys=OFF` has no effect, so dropping `users` would cascade into the tables that
// reference it. The stale default is harmless (role is always set by the Users hooks).
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`media\` ADD \`public\` integer DEFAULT false;`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`public\`;`)
}
