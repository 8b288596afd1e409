/**
 * The folder map in the README, as a test: each floor imports only the floors below it. Every
 * import and dynamic import() in the project's source is read and resolved; `paths.ts` (the
 * project root and runtime folders) may be imported by any floor but rules/. Unit tests kept beside
 * their code (`*.test.ts`) may also use the test helpers in test/.
 */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { projectRoot } from '../../paths.ts'

const floors = ['rules', 'content', 'components', 'cms', 'site', 'scripts', 'bench', 'test'] as const
type Floor = (typeof floors)[number]

/** What each floor may import from the project (the README's "depends on" column). */
const mayImport: Record<Floor, ReadonlyArray<Floor | 'paths.ts'>> = {
  rules: [],
  content: [],
  components: ['rules', 'content', 'paths.ts'],
  cms: ['rules', 'content', 'paths.ts'],
  site: ['rules', 'content', 'components', 'paths.ts'],
  scripts: ['rules', 'content', 'components', 'cms', 'site', 'paths.ts'],
  bench: ['rules', 'content', 'components', 'cms', 'site', 'scripts', 'paths.ts'],
  test: ['rules', 'content', 'components', 'cms', 'site', 'scripts', 'bench', 'paths.ts'],
}

const sourceFile = /\.(ts|tsx|mts|mjs|js|astro)$/
const skip = new Set(['node_modules', '.next', 'dist', '.astro', 'migrations', 'fixtures', 'results'])

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return skip.has(entry.name) ? [] : sources(full)
    return sourceFile.test(entry.name) ? [full] : []
  })
}

const importPattern = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"](\.{1,2}\/[^'"]+)['"]/g

/** Where a relative import lands: a floor, `paths.ts`, or another root file. */
function target(fromFile: string, specifier: string): string {
  const relative = path.relative(projectRoot, path.resolve(path.dirname(fromFile), specifier))
  return relative.split(path.sep)[0] ?? ''
}

describe('the floors of the folder map', () => {
  for (const floor of floors) {
    it(`${floor}/ imports only ${mayImport[floor].join(', ') || 'nothing of the project'}`, () => {
      const wrong: string[] = []
      for (const file of sources(path.join(projectRoot, floor))) {
        const isUnitTest = file.endsWith('.test.ts')
        for (const [, specifier = ''] of fs.readFileSync(file, 'utf8').matchAll(importPattern)) {
          const to = target(file, specifier)
          if (to === floor || (isUnitTest && to === 'test')) continue
          if (!(mayImport[floor] as readonly string[]).includes(to)) wrong.push(`${path.relative(projectRoot, file)} → ${specifier}`)
        }
      }
      expect(wrong).toEqual([])
    })
  }

  it('rules/ uses no package either, only Node built-ins (its tests use vitest)', () => {
    const code = sources(path.join(projectRoot, 'rules')).filter((file) => !file.endsWith('.test.ts'))
    const packages = code.flatMap((file) =>
      [...fs.readFileSync(file, 'utf8').matchAll(/^\s*(?:import|export)\b[^'"\n]*?\bfrom\s*['"]([^'".\n][^'"\n]*)['"]/gm)].map(([, name = '']) => name).filter((name) => !name.startsWith('node:')),
    )
    expect(packages).toEqual([])
  })

  // The CMS is handed its build runner (paths.ts names the site's build command); a path into the
  // floor above, even in a comment, is how a spawn-by-path creeps back in.
  it('cms/ names no file of scripts/ by path', () => {
    const named = sources(path.join(projectRoot, 'cms')).filter((file) => fs.readFileSync(file, 'utf8').includes('scripts/'))
    expect(named.map((file) => path.relative(projectRoot, file))).toEqual([])
  })
})
