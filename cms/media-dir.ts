import { dataPaths } from '../paths.ts'

/**
 * Where uploaded files live: outside the source tree (git ignores .data/); CMS_MEDIA_DIR moves it
 * (tests, a mounted volume). The media collection stores them here, backups copy them from here.
 */
export function mediaDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.CMS_MEDIA_DIR ?? dataPaths.media
}
