/**
 * The naming convention the README states: module files in kebab-case, components, collections
 * and globals in PascalCase — never camelCase (`rebuildQueue.ts`), so a module's file name says
 * which of the two it is. Generated files (migrations, payload-types, the admin's import map) and
 * Next's route files are exempt.
 */
import { execFileSync } from 'node:child_process'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { projectRoot } from '../../paths.ts'

const tracked = execFileSync('git', ['ls-files'], { cwd: projectRoot, encoding: 'utf8' }).split('\n').filter(Boolean)
const generated = /(^|\/)(migrations\/|payload-types\.ts$|importMap\.(js|d\.ts)$)/
const camel = /^[a-z][a-z0-9]*[A-Z]/

describe('file names', () => {
  it('no module file or folder is named in camelCase', () => {
    const offenders = tracked
      .filter((file) => /\.(ts|tsx|mts|mjs|js|astro|css)$/.test(file) && !generated.test(file))
      .filter((file) => file.split('/').some((part) => camel.test(part.split('.')[0] ?? '')))
    expect(offenders).toEqual([])
  })

  // PascalCase says "component, collection or global": nowhere else.
  const pascal = /^[A-Z][A-Za-z0-9]*$/
  const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
  const mayBePascal = (file: string, index: number, parts: string[]) =>
    /\.(astro|tsx)$/.test(file) || (index === 2 && parts[0] === 'cms' && (parts[1] === 'collections' || parts[1] === 'globals'))

  it('PascalCase names only components, collections and globals; other modules are kebab-case', () => {
    const offenders = tracked
      .filter((file) => /\.(ts|tsx|mts|mjs|js|astro)$/.test(file) && !generated.test(file) && !file.startsWith('cms/app/'))
      .filter((file) => {
        const parts = file.split('/')
        return parts.some((part, index) => {
          const name = part.split('.')[0] ?? ''
          if (name.startsWith('[') || name.startsWith('(')) return false // route parameters and groups
          if (pascal.test(name)) return !mayBePascal(file, index, parts)
          return !kebab.test(name)
        })
      })
    expect(offenders).toEqual([])
  })

  it('components are PascalCase', () => {
    const offenders = tracked.filter((file) => file.startsWith('components/') && /\.(astro|tsx)$/.test(file) && !pascal.test(path.basename(file).split('.')[0] ?? ''))
    expect(offenders).toEqual([])
  })

  it('the check sees camelCase when it is there', () => {
    expect(camel.test(path.basename('cms/publish/rebuildQueue.ts').split('.')[0] ?? '')).toBe(true)
    expect(camel.test('rebuild-queue')).toBe(false)
    expect(camel.test('NoticeList')).toBe(false)
  })
})
