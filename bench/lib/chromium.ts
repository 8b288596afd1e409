/** Debian's Chromium driven by playwright-core, with the flags the project uses everywhere. */
import fs from 'node:fs'
import { chromium, type Browser } from 'playwright-core'

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export const chromiumFlags = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

export function chromiumMissing(): string | null {
  return fs.existsSync(chromiumPath) ? null : `Chromium not found at ${chromiumPath} (apt-get install -y chromium fonts-noto-cjk)`
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumFlags, headless: true })
}
