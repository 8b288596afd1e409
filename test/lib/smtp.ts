/**
 * A real SMTP server for tests (the `smtp-server` package) on a random local port, keeping every
 * mail it receives, decoded enough to read: envelope, subject, and the text and HTML parts.
 */
import { SMTPServer } from 'smtp-server'

export interface ReceivedMail {
  /** the envelope sender */
  from: string
  /** the From header, decoded */
  fromHeader: string
  to: string[]
  subject: string
  text: string
  html: string
  raw: string
}

export interface TestSmtp {
  url: string
  mails: ReceivedMail[]
  /** Resolves with the first mail (already received or arriving within `ms`) that `match` accepts. */
  waitFor: (match: (mail: ReceivedMail) => boolean, ms?: number) => Promise<ReceivedMail>
  close: () => Promise<void>
}

export async function startSmtp(): Promise<TestSmtp> {
  const mails: ReceivedMail[] = []
  const waiters = new Set<() => void>()
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, done) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8')
        const envelope = session.envelope
        mails.push({
          ...readMessage(raw),
          from: envelope.mailFrom ? envelope.mailFrom.address : '',
          to: envelope.rcptTo.map((r) => r.address),
          raw,
        })
        for (const wake of waiters) wake()
        done()
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()))
  const address = server.server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    waitFor: (match, ms = 10_000) =>
      new Promise((resolve, reject) => {
        const check = () => {
          const mail = mails.find(match)
          if (!mail) return false
          waiters.delete(check)
          clearTimeout(timer)
          resolve(mail)
          return true
        }
        const timer = setTimeout(() => {
          waiters.delete(check)
          reject(new Error(`${ms} ms 内没有收到符合条件的邮件（已收到 ${mails.length} 封）`))
        }, ms)
        if (!check()) waiters.add(check)
      }),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}

function readMessage(raw: string): Pick<ReceivedMail, 'fromHeader' | 'subject' | 'text' | 'html'> {
  const [head = '', ...rest] = raw.split(/\r?\n\r?\n/)
  const headers = parseHeaders(head)
  const body = rest.join('\n\n')
  const parts: { type: string; text: string }[] = []
  const boundary = /boundary="?([^";]+)"?/i.exec(headers['content-type'] ?? '')?.[1]
  if (boundary) {
    for (const section of body.split(`--${boundary}`).slice(1)) {
      if (section.startsWith('--')) break
      const [partHead = '', ...partBody] = section.replace(/^\r?\n/, '').split(/\r?\n\r?\n/)
      const h = parseHeaders(partHead)
      parts.push({ type: h['content-type'] ?? '', text: decodeBody(partBody.join('\n\n'), h['content-transfer-encoding']) })
    }
  } else {
    parts.push({ type: headers['content-type'] ?? 'text/plain', text: decodeBody(body, headers['content-transfer-encoding']) })
  }
  return {
    fromHeader: decodeWords(headers.from ?? ''),
    subject: decodeWords(headers.subject ?? ''),
    text: parts.find((p) => p.type.startsWith('text/plain'))?.text ?? '',
    html: parts.find((p) => p.type.startsWith('text/html'))?.text ?? '',
  }
}

function parseHeaders(block: string): Record<string, string> {
  const headers: Record<string, string> = {}
  for (const line of block.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':')
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim()
  }
  return headers
}

function decodeBody(body: string, encoding = '7bit'): string {
  const text = body.replace(/\r?\n$/, '')
  if (/base64/i.test(encoding)) return Buffer.from(text.replace(/\s+/g, ''), 'base64').toString('utf8')
  if (/quoted-printable/i.test(encoding)) return decodeQuotedPrintable(text.replace(/=\r?\n/g, ''))
  return text
}

function decodeQuotedPrintable(text: string): string {
  const bytes: number[] = []
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '=' && /^[0-9A-F]{2}$/i.test(text.slice(i + 1, i + 3))) {
      bytes.push(parseInt(text.slice(i + 1, i + 3), 16))
      i += 2
    } else bytes.push(...Buffer.from(text[i]!, 'utf8'))
  }
  return Buffer.from(bytes).toString('utf8')
}

function decodeWords(value: string): string {
  return value.replace(/=\?utf-8\?([bq])\?([^?]*)\?=(?:\s+(?==\?utf-8\?))?/gi, (_match: string, kind: string, data: string) =>
    kind.toLowerCase() === 'b' ? Buffer.from(data, 'base64').toString('utf8') : decodeQuotedPrintable(data.replace(/_/g, ' ')),
  )
}
