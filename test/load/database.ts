import { createClient } from '@libsql/client'

import { LOAD_DB } from './server'

export type StoredRow = {
  name: string
  email: string
  kind: string
  subject: string | null
  message: string | null
  explanation: string | null
  reference: string | null
}

/** Rows whose name starts with `prefix`, read straight from the SQLite file (a WAL reader). */
export async function storedRows(prefix: string): Promise<StoredRow[]> {
  const db = createClient({ url: `file:${LOAD_DB}` })
  try {
    const result = await db.execute({
      sql: 'SELECT name, email, kind, subject, message, explanation, reference FROM contact_requests WHERE name LIKE ?',
      args: [`${prefix}%`],
    })
    return result.rows as unknown as StoredRow[]
  } finally {
    db.close()
  }
}

export async function integrityCheck(): Promise<string> {
  const db = createClient({ url: `file:${LOAD_DB}` })
  try {
    const result = await db.execute('PRAGMA integrity_check')
    return result.rows.map((r) => String(Object.values(r)[0])).join('; ')
  } finally {
    db.close()
  }
}
