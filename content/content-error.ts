// Its own module so that code bundled by Next (the CMS's workspaces read content/workspaces.ts)
// needs nothing of load.ts, whose `new URL('.', import.meta.url)` Next's bundler cannot resolve.

/** An invalid or inconsistent record, naming the file and the field. */
export class ContentError extends Error {
  /** path of the file relative to the content folder, with forward slashes */
  readonly file: string
  /** dotted path of the offending field, e.g. `[3].provider` or `relations[0].target` */
  readonly field: string

  constructor(file: string, field: string, message: string, options?: ErrorOptions) {
    super(`${file}: ${field}: ${message}`, options)
    this.name = 'ContentError'
    this.file = file
    this.field = field
  }
}
