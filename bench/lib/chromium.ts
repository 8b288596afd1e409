/** Debian's Chromium driven by playwright-core, with the flags the project uses everywhere. */
import fs from 'node:fs'
import { chromium, type Browser } from 'playwright-core'

import { chromiumFlags, chromiumPath } from '../../scripts/lib/chromium.ts'

export { chromiumFlags, chromiumPath }

export function chromiumMissing(): string | null {
  return fs.existsSync(chromiumPath) ? null : `Chromium not found at ${chromiumPath} (apt-get install -y chromium fonts-noto-cjk)`
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumFlags, headless: true })
}
