// `npm run cms:migration -- <name>`: Payload's migrate:create, then makes the generated files
// loadable by Node's own TypeScript support (explicit .ts imports, type-only imports marked).
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { projectRoot } from '../paths.ts'

const dir = path.join(projectRoot, 'cms', 'migrations')
const name = process.argv[2] ?? 'change'

const created = spawnSync('payload', ['migrate:create', name], {
  stdio: 'inherit',
  env: { ...process.env, PAYLOAD_CONFIG_PATH: 'cms/payload.config.ts' },
})
if (created.status !== 0) process.exit(created.status ?? 1)

for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
  const full = path.join(dir, file)
  const text = fs.readFileSync(full, 'utf8')
  const fixed = text
    .replace(/from '\.\/([^']+?)(?<!\.ts)'/g, "from './$1.ts'")
    .replace(
      /import \{ MigrateUpArgs, MigrateDownArgs, sql \} from '@payloadcms\/db-sqlite'/,
      "import { sql, type MigrateDownArgs, type MigrateUpArgs } from '@payloadcms/db-sqlite'",
    )
  if (fixed !== text) fs.writeFileSync(full, fixed)
}
