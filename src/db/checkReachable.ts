import net from 'node:net'

import { parseDatabaseUrl, redact } from './databaseUrl'
import { env } from '../config/env'

const ENGINE_NAMES = { sqlite: 'SQLite', postgres: 'PostgreSQL', mongodb: 'MongoDB' } as const

/**
 * Fails fast, with one line a person can act on, when DATABASE_URL names a server that is
 * not there; the drivers would otherwise retry or print long stack traces.
 */
export async function checkDatabaseReachable(rawUrl = env().DATABASE_URL, timeoutMs = 5_000): Promise<void> {
  const target = parseDatabaseUrl(rawUrl)
  if (target.engine === 'sqlite' || target.url.startsWith('mongodb+srv:')) return // a file, or DNS-discovered hosts
  const url = new URL(target.url.replace(/^mongodb:\/\/([^/]*?),[^/]*/, 'mongodb://$1'))
  const port = Number(url.port) || (target.engine === 'postgres' ? 5432 : 27017)
  const host = url.hostname || 'localhost'
  try {
    await new Promise<void>((resolve, reject) => {
      const socket = net.connect({ host, port, timeout: timeoutMs })
      socket.once('connect', () => (socket.destroy(), resolve()))
      socket.once('timeout', () => (socket.destroy(), reject(new Error(`no answer within ${timeoutMs / 1000} s`))))
      socket.once('error', reject)
    })
  } catch (err) {
    const reason = (err as NodeJS.ErrnoException).code ?? (err as Error).message
    throw new Error(
      `Cannot reach the ${ENGINE_NAMES[target.engine]} server that DATABASE_URL names (${redact(target.url)}): ${reason}. ` +
        `Start that server, correct DATABASE_URL, or unset it to use the embedded SQLite database.`,
    )
  }
}
