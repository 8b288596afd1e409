/**
 * The project's settings are declared where a new operator looks: `.env.example` lists every
 * variable the code reads (and nothing it does not), the commands that run the product load
 * `.env`, and the Node version asked for is the one the project brings.
 */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { projectRoot } from '../../paths.ts'

const sourceFolders = ['cms', 'site', 'components', 'content', 'rules', 'scripts']
const sourceFiles = ['astro.config.mjs', 'paths.ts']

function* sources(dir: string): Generator<string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) yield* sources(full)
    else if (/\.(ts|tsx|mjs|astro)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) && entry.name !== 'payload-types.ts') yield full
  }
}

/** Variables read as `env.NAME`, `process.env.NAME` or `env['NAME']`, by name. */
function variablesReadByCode(): Map<string, string> {
  const found = new Map<string, string>()
  const files = [...sourceFolders.flatMap((folder) => [...sources(path.join(projectRoot, folder))]), ...sourceFiles.map((f) => path.join(projectRoot, f))]
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8')
    for (const match of text.matchAll(/\benv(?:\.([A-Z][A-Z0-9_]+)|\[['"]([A-Z][A-Z0-9_]+)['"]\])/g)) {
      const name = match[1] ?? match[2]!
      if (!found.has(name)) found.set(name, path.relative(projectRoot, file))
    }
  }
  return found
}

/** Names in `.env.example`, set or commented out (`# NAME=`). */
function variablesInExample(): Set<string> {
  const text = fs.readFileSync(path.join(projectRoot, '.env.example'), 'utf8')
  return new Set([...text.matchAll(/^#?\s*([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]!))
}

// Set by Node or Next for the process itself, never by an operator.
const runtimeOnly = new Set(['NEXT_RUNTIME', 'NODE_OPTIONS'])

describe('environment', () => {
  it('.env.example lists every variable the code reads', () => {
    const listed = variablesInExample()
    const missing = [...variablesReadByCode()].filter(([name]) => !runtimeOnly.has(name) && !listed.has(name))
    expect(missing.map(([name, file]) => `${name} (${file})`)).toEqual([])
  })

  it('.env.example lists nothing the code does not read', () => {
    const read = variablesReadByCode()
    expect([...variablesInExample()].filter((name) => !read.has(name))).toEqual([])
  })

  it('the commands that run the product load .env; the tests do not', () => {
    const { scripts } = JSON.parse(fs.readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
    for (const name of ['start', 'build', 'backup', 'restore', 'export', 'cms:user', 'cms:api', 'cms:migration']) {
      expect(scripts[name], name).toMatch(/^node --env-file-if-exists=\.env /)
    }
    expect(scripts.test).not.toMatch(/env-file/)
  })

  it('asks for the Node the project brings', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as {
      engines: { node: string }
      devDependencies: Record<string, string>
    }
    const major = (range: string) => Number(/(\d+)/.exec(range)?.[1])
    expect(pkg.engines.node).toBe('>=24')
    expect(major(pkg.devDependencies.node!)).toBe(24)
    expect(fs.readFileSync(path.join(projectRoot, '.nvmrc'), 'utf8').trim()).toBe('24')
    expect(Number(process.versions.node.split('.')[0])).toBeGreaterThanOrEqual(24)
  })
})

/** Every file that imports packages: source, tests and benchmarks alike (all run from a clean install). */
function* everyFile(dir: string): Generator<string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (['node_modules', 'fixtures', 'results'].includes(entry.name) || entry.name.startsWith('.')) continue
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) yield* everyFile(full)
    else if (/\.(ts|tsx|mjs|astro)$/.test(entry.name)) yield full
  }
}

/** Module names that are not packages: Node's, Astro's virtual modules, and tsconfig's alias. */
const notPackages = /^(?:node:|astro:|virtual:|@payload-config$)/

describe('dependencies', () => {
  it('every package the project imports is declared in package.json, not reached through another package', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as Record<string, Record<string, string> | undefined>
    const declared = new Set([...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.devDependencies ?? {})])
    const folders = [...sourceFolders, 'test', 'bench']
    const files = [...folders.flatMap((folder) => [...everyFile(path.join(projectRoot, folder))]), ...sourceFiles.map((f) => path.join(projectRoot, f))]
    const undeclared = new Set<string>()
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8')
      for (const [, name = ''] of text.matchAll(/(?:^\s*(?:import|export)\b[^'"\n]*?\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"]([^'"./][^'"\n]*)['"]/gm)) {
        if (notPackages.test(name)) continue
        const pkg = name.startsWith('@') ? name.split('/').slice(0, 2).join('/') : name.split('/')[0]!
        if (!declared.has(pkg)) undeclared.add(`${pkg} (${path.relative(projectRoot, file)})`)
      }
    }
    expect([...undeclared]).toEqual([])
  })
})
