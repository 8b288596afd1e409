/** Progress on stderr while the bench runs: elapsed time since start, then the message. */
const started = Date.now()

export function progress(message: string): void {
  const s = Math.round((Date.now() - started) / 1000)
  const stamp = `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`
  process.stderr.write(`[bench ${stamp}] ${message}\n`)
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) {
    const cause = error.cause instanceof Error ? ` (${clean(error.cause.message).slice(0, 200)})` : ''
    return `${clean(error.message)}${cause}`
  }
  return String(error)
}

// eslint-disable-next-line no-control-regex
const clean = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, '').replace(/\s+/g, ' ').trim()
