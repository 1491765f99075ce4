import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { createClient } from '@libsql/client'
import { describe, expect, it } from 'vitest'

import { backup, restore } from '../../src/backup/backup'
import { parseDatabaseUrl } from '../../src/db/databaseUrl'
import { pngFile, validEdition } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'
import { createIsolatedDatabase, testEngine } from '../helpers/testDatabase'

const sortRows = (rows: unknown[]) =>
  rows
    .map((row) => JSON.stringify(row))
    .sort()
    .map((row) => JSON.parse(row))

/** Every table's rows, in a stable order, so two databases can be compared whole. */
async function dumpTables(databaseUrl: string): Promise<Record<string, unknown[]>> {
  const target = parseDatabaseUrl(databaseUrl)
  const dump: Record<string, unknown[]> = {}
  if (target.engine === 'sqlite') {
    const client = createClient({ url: target.url })
    const tables = await client.execute(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    for (const { name } of tables.rows) {
      const rows = await client.execute(`SELECT * FROM "${name}" ORDER BY 1`)
      dump[String(name)] = sortRows(rows.rows.map((row) => ({ ...row })))
    }
    client.close()
  } else {
    const { default: pg } = await import('pg')
    const client = new pg.Client({ connectionString: target.url })
    await client.connect()
    const tables = await client.query("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")
    for (const { tablename } of tables.rows) {
      dump[tablename] = sortRows((await client.query(`SELECT * FROM "${tablename}"`)).rows)
    }
    await client.end()
  }
  return dump
}

describe.skipIf(testEngine() === 'mongodb')('backup and restore', () => {
  it('restores into a fresh database an exact copy of every table and the media files', async () => {
    const payload = await testPayload()
    await payload.create({ collection: 'editions', data: { ...validEdition(2040), _status: 'published' as const } })
    await payload.create({ collection: 'media', data: { alt: 'Expo hall' }, file: await pngFile('hall.png') })
    const notice = await payload.create({
      collection: 'contact-requests',
      data: { name: 'Q', email: 'q@example.test', subject: 'S', message: 'A message to keep.' } as never,
      context: { trustedServer: true },
    })
    const evidence = await payload.create({
      collection: 'takedown-evidence',
      data: { notice: notice.id },
      file: await pngFile('licence-scan.png'),
    })
    // The acknowledgement email runs just after the commit (src/takedown/notify.ts): it stamps the
    // request and its job row is then deleted. Let both land before the backup, or the copy and
    // the original differ by them.
    for (let i = 0; i < 100; i++) {
      const row = await payload.db.findOne<{ id: number; acknowledgedAt?: string | null }>({
        collection: 'contact-requests',
        where: { id: { equals: notice.id } },
      })
      if (
        row?.acknowledgedAt &&
        (await payload.count({ collection: 'payload-jobs', overrideAccess: true })).totalDocs === 0
      )
        break
      await new Promise((resolve) => setTimeout(resolve, 100))
    }

    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'backup-'))
    const { dir, manifest } = await backup({ outDir: path.join(scratch, 'b1') })
    expect(manifest.engine).toBe(testEngine())
    expect(manifest.mediaFiles).toBeGreaterThanOrEqual(1)

    // Writes after the backup must not appear in the restored copy.
    await payload.create({ collection: 'editions', data: { ...validEdition(2041), _status: 'published' as const } })
    const original = await dumpTables(process.env.DATABASE_URL!)

    const freshUrl = await createIsolatedDatabase('restored')
    const freshMedia = path.join(scratch, 'media-restored')
    const freshEvidence = path.join(scratch, 'evidence-restored')
    await restore(dir, { databaseUrl: freshUrl, mediaDir: freshMedia, evidenceDir: freshEvidence })
    const restored = await dumpTables(freshUrl)

    for (const [table, rows] of Object.entries(original)) {
      // Edition tables (editions, editions_locales, editions_rels, versions) changed after the backup; compared below.
      if (table.startsWith('editions') || table.startsWith('_editions_v')) continue
      // So did the content stamp that change wrote for the other instances (src/cache/contentStamp.ts).
      if (table === 'payload_kv') continue
      expect(restored[table], `table ${table}`).toEqual(rows)
    }
    const years = (restored.editions as { year: number }[]).map((row) => Number(row.year)).sort()
    expect(years).toContain(2040)
    expect(years).not.toContain(2041)
    expect(fs.readdirSync(freshMedia)).toContain('hall.png')
    expect(manifest.evidenceFiles).toBeGreaterThanOrEqual(1)
    expect(fs.readdirSync(freshEvidence)).toContain(evidence.filename)
  })

  it('refuses a folder that is not a backup, and a backup of another engine', async () => {
    await expect(restore(os.tmpdir(), { databaseUrl: 'file:/tmp/never.db' })).rejects.toThrow(/not a backup folder/)
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fake-backup-'))
    fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify({ engine: 'mongodb', databaseFile: 'x' }))
    await expect(restore(dir, { databaseUrl: 'file:/tmp/never.db' })).rejects.toThrow(
      /backup is of a mongodb database but DATABASE_URL names sqlite/,
    )
  })
})
