// Where the project is and where its runtime state lives, computed here only. This file sits at
// the project root, so the root is its own folder: no file elsewhere counts `..` to find it. It
// imports nothing of the project, so every floor may import it (rules/ needs no paths and doesn't).
import path from 'node:path'
import { fileURLToPath } from 'node:url'

// import.meta.url, not import.meta.dirname: Next's bundler leaves the latter undefined (next build fails).
export const projectRoot = path.dirname(fileURLToPath(import.meta.url))

/** Runtime state, git-ignored: the embedded database, its secret, uploads, site builds, backups. */
export const dataDir = path.join(projectRoot, '.data')

export const dataPaths = {
  sqlite: path.join(dataDir, 'cms.db'),
  secret: path.join(dataDir, 'secret'),
  /** uploads, unless CMS_MEDIA_DIR moves them */
  media: path.join(dataDir, 'media'),
  /** switched site builds, unless SITE_BUILDS_DIR moves them */
  siteBuilds: path.join(dataDir, 'site'),
  backups: path.join(dataDir, 'backups'),
  /** the draft preview's server build (site/preview/), rebuilt by `npm start` */
  previewBuild: path.join(dataDir, 'preview'),
}

/**
 * The site's build command (`node <it> --out-dir DIR`, reading CMS_URL), which the CMS's publisher
 * runs as a child process. Computed from the root rather than from a module's URL: a bundler
 * (Next) would turn `new URL('./build.ts', import.meta.url)` into a copied asset.
 */
export const siteBuildCommand = path.join(projectRoot, 'site', 'build.ts')

/**
 * The CMS's database preparation (`node <it> [--build-site] --result-file FILE`: migrate, seed when
 * empty), which `npm start` runs before anything else, in a process of its own.
 */
export const prepareDatabaseCommand = path.join(projectRoot, 'cms', 'scripts', 'prepare-db.ts')

/** `npm run build`'s output when no other folder is given, and the site served before any switched build. */
export const distDir = path.join(projectRoot, 'dist')
