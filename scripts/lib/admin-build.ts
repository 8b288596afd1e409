import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { projectRoot as root } from '../../paths.ts'
const stampFile = path.join(root, 'cms', '.next', 'source-hash')

function* files(dir: string): Generator<string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === '.next' || entry.name === 'node_modules') continue
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) yield* files(full)
    else yield full
  }
}

/** A hash of everything the admin build depends on: CMS sources, rules, content schema, lock file. */
export function adminSourceHash(): string {
  const hash = crypto.createHash('sha256')
  const inputs = [
    ...files(path.join(root, 'cms')),
    ...files(path.join(root, 'rules')),
    path.join(root, 'content', 'schema.ts'),
    path.join(root, 'package-lock.json'),
  ].sort()
  for (const file of inputs) {
    if (!fs.existsSync(file)) continue
    hash.update(path.relative(root, file)).update(fs.readFileSync(file))
  }
  return hash.digest('hex')
}

export function adminBuildIsCurrent(): boolean {
  return fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8') === adminSourceHash()
}

export function recordAdminBuild(): void {
  fs.writeFileSync(stampFile, adminSourceHash())
}
