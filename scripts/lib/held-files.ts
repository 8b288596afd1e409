/**
 * The small files of a build held in memory, most recently used first, up to a byte budget.
 * Streaming a 30 KB page from disk for every request costs an open, a read and a close on
 * libuv's thread pool: about ten times what answering from memory costs. A build's files never
 * change once written (a publish writes a new folder), so a held file is never stale.
 */
import fs from 'node:fs'

export interface HeldFile {
  body: Buffer
  /** sirv's ETag for the same file (`W/"size-mtime"`), so a 304 holds whichever path served it */
  etag: string
  lastModified: string
}

export class HeldFiles {
  private readonly files = new Map<string, HeldFile>()
  private bytes = 0

  /** files larger than this are never held (sirv streams them) */
  readonly maxFileBytes: number
  /** what all held files may take together */
  readonly budgetBytes: number

  constructor(maxFileBytes = 1 << 20, budgetBytes = 64 << 20) {
    this.maxFileBytes = maxFileBytes
    this.budgetBytes = budgetBytes
  }

  /** The file's body and validators, read on first use; undefined for a large or missing file. */
  get(absolutePath: string): HeldFile | undefined {
    const held = this.files.get(absolutePath)
    if (held) {
      // Re-inserted, so the Map's order stays least recently used first.
      this.files.delete(absolutePath)
      this.files.set(absolutePath, held)
      return held
    }
    const stats = fs.statSync(absolutePath, { throwIfNoEntry: false })
    if (!stats?.isFile() || stats.size > this.maxFileBytes) return undefined
    const file: HeldFile = {
      body: fs.readFileSync(absolutePath),
      etag: `W/"${stats.size}-${stats.mtime.getTime()}"`,
      lastModified: stats.mtime.toUTCString(),
    }
    this.files.set(absolutePath, file)
    this.bytes += file.body.length
    for (const [key, old] of this.files) {
      if (this.bytes <= this.budgetBytes) break
      this.files.delete(key)
      this.bytes -= old.body.length
    }
    return file
  }

  get heldBytes(): number {
    return this.bytes
  }
}
