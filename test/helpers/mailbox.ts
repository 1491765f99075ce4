import { SMTPServer } from 'smtp-server'

export type ReceivedMail = { from: string; to: string[]; raw: string }

/** A real SMTP server on loopback; point the email adapter at it through SMTP_HOST/SMTP_PORT. */
export async function startMailboxOn(port: number): Promise<{ port: number; messages: ReceivedMail[]; waitFor: (match: (m: ReceivedMail) => boolean, ms?: number) => Promise<ReceivedMail>; close: () => Promise<void> }> {
  const messages: ReceivedMail[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
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
      throw new Error(`no matching email within ${ms} ms (is the server's SMTP_HOST/SMTP_PORT pointing at 127.0.0.1:${listening}?); received: ${messages.map((m) => m.to.join(',')).join(' | ') || 'none'}`)
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

/** The confirmation token in a received email (quoted-printable soft breaks undone). */
export function confirmationTokenIn(mail: ReceivedMail): string {
  const text = mail.raw.replace(/=\r?\n/g, '').replace(/=3D/g, '=')
  const match = /\/removal-request\/confirm\?token=([A-Za-z0-9_-]+)/.exec(text)
  if (!match) throw new Error(`no confirmation link in the email:\n${text.slice(0, 2000)}`)
  return match[1]
}


/** A mailbox on a free port, for tests that start the app themselves. */
export const startMailbox = () => startMailboxOn(0)
