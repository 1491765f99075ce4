import path from 'node:path'

export type DatabaseEngine = 'sqlite' | 'mongodb' | 'postgres'

export type DatabaseTarget = {
  engine: DatabaseEngine
  /** The URL handed to the driver (for SQLite, an absolute `file:` URL). */
  url: string
}

export const DEFAULT_SQLITE_FILE = 'data/expo-archive.db'

/** Thrown for a DATABASE_URL we cannot use; the message is meant to be printed as it is. */
export class DatabaseUrlError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'DatabaseUrlError'
  }
}

/**
 * Reads which engine a database URL names. The scheme is the only switch, so a typo
 * must stop start-up instead of silently falling back to SQLite.
 */
export function parseDatabaseUrl(raw: string | undefined, variable = 'DATABASE_URL'): DatabaseTarget {
  const value = raw?.trim()
  if (!value) {
    return { engine: 'sqlite', url: sqliteFileUrl(DEFAULT_SQLITE_FILE) }
  }
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1]?.toLowerCase()
  switch (scheme) {
    case 'file':
      return { engine: 'sqlite', url: sqliteFileUrl(value.slice('file:'.length).replace(/^\/\/(?=\/)/, '')) }
    case 'mongodb':
    case 'mongodb+srv':
      return { engine: 'mongodb', url: value }
    case 'postgres':
    case 'postgresql':
      return { engine: 'postgres', url: value }
    default:
      throw new DatabaseUrlError(
        `${variable} has ${scheme ? `scheme '${scheme}:'` : 'no scheme'} ('${redact(value)}'); ` +
          `use file:./data/expo-archive.db (or leave it unset) for SQLite, mongodb:// for MongoDB, or postgres:// for PostgreSQL.`,
      )
  }
}

function sqliteFileUrl(filePath: string): string {
  if (!filePath)
    throw new DatabaseUrlError('DATABASE_URL is "file:" without a path; use e.g. file:./data/expo-archive.db')
  return `file:${path.resolve(process.cwd(), filePath)}`
}

/** Hides a password in a URL so errors can quote it safely. */
export function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):([^@]*)@/, '//$1:***@')
}
