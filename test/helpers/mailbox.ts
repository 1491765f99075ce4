import { SMTPServer } from 'smtp-server'

export type ReceivedMail = { from: string; to: string[]; raw: string }

/** A real SMTP server on loopback; point the email adapter at it through SMTP_HOST/SMTP_PORT. */
export async function startMailboxOn(port: number): Promise<{
  port: number
  messages: ReceivedMail[]
  waitFor: (match: (m: ReceivedMail) => boolean, ms?: number) => Promise<ReceivedMail>
  /** Refuses the next `count` messages with a temporary SMTP error (451), as a busy server would. */
  refuseNext: (count?: number) => void
  refused: () => number
  close: () => Promise<void>
}> {
  const messages: ReceivedMail[] = []
  let toRefuse = 0
  let refusedCount = 0
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onMailFrom(_address, _session, callback) {
      if (toRefuse > 0) {
        toRefuse--
        refusedCount++
        const err = Object.assign(new Error('Mailbox busy, try again later'), { responseCode: 451 })
        return callback(err)
      }
      callback()
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (c: Buffer) => chunks.push(c))
      stream.on('end', () => {
        messages.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        })
        callback()
      })
    },
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', resolve)
  })
  const listening = (server.server.address() as { port: number }).port
  return {
    port: listening,
    messages,
    async waitFor(match, ms = 5_000) {
      const started = Date.now()
      while (Date.now() - started < ms) {
        const found = messages.find(match)
        if (found) return found
        await new Promise((r) => setTimeout(r, 25))
      }
      throw new Error(
        `no matching email within ${ms} ms (is the server's SMTP_HOST/SMTP_PORT pointing at 127.0.0.1:${listening}?); received: ${messages.map((m) => m.to.join(',')).join(' | ') || 'none'}`,
      )
    },
    refuseNext(count = 1) {
      toRefuse += count
    },
    refused: () => refusedCount,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

/** The confirmation token in a received email (quoted-printable soft breaks undone). */
export function confirmationTokenIn(mail: ReceivedMail): string {
  const text = decodedBody(mail)
  const match = /\/removal-request\/confirm\?token=([A-Za-z0-9_-]+)/.exec(text)
  if (!match) throw new Error(`no confirmation link in the email:\n${text.slice(0, 2000)}`)
  return match[1]
}

/** A mailbox on a free port, for tests that start the app themselves. */
export const startMailbox = () => startMailboxOn(0)

/** The message's text with quoted-printable or base64 transfer encoding undone (UTF-8). */
export function decodedBody(mail: ReceivedMail): string {
  const split = mail.raw.indexOf('\r\n\r\n')
  const headers = mail.raw.slice(0, split)
  const body = mail.raw.slice(split + 4)
  if (/content-transfer-encoding:\s*base64/i.test(headers))
    return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
  if (/content-transfer-encoding:\s*quoted-printable/i.test(headers)) {
    const bytes = body
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    return Buffer.from(bytes, 'latin1').toString('utf8')
  }
  return body
}

/** The decoded Subject header (RFC 2047 encoded words undone). */
export function subjectOf(mail: ReceivedMail): string {
  const header = /^subject:(.*(?:\r\n[ \t].*)*)/im.exec(mail.raw)?.[1] ?? ''
  return header
    .replace(/\r\n[ \t]/g, ' ')
    .replace(/=\?utf-8\?([bq])\?([^?]*)\?=\s*/gi, (_m, enc: string, text: string) =>
      enc.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : Buffer.from(
            text
              .replace(/_/g, ' ')
              .replace(/=([0-9A-F]{2})/gi, (_x, h: string) => String.fromCharCode(parseInt(h, 16))),
            'latin1',
          ).toString('utf8'),
    )
    .trim()
}
