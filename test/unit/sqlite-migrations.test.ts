import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

// SQLite cannot alter most of a table in place, so a generated migration rebuilds it: create
// __new_x, copy, DROP TABLE x, rename. A DROP of a table other tables reference with ON DELETE
// CASCADE deletes their rows too, unless foreign keys are off for that statement. drizzle-kit
// brackets the rebuilds with PRAGMA foreign_keys=OFF/ON but turns them back ON after the first
// table of a batch (drizzle-team/drizzle-orm#4640, also #5782): every later DROP cascades. Tried
// here with `autoIncrement`: a migration rebuilding 62 tables kept 280 of 613 rows. This test
// refuses a committed migration that drops a referenced table while foreign keys are on, so such
// a migration cannot reach an editor's database.

const DIR = path.resolve('src/migrations/sqlite')

/** The statements of a migration's up(), in order. */
function upStatements(source: string): string[] {
  const up = source.slice(source.indexOf('export async function up'), source.indexOf('export async function down'))
  return [...up.matchAll(/sql`([\s\S]*?)`\)/g)].map((m) => m[1].replace(/\\`/g, '`'))
}

/** Tables that some foreign key deletes from when a row it points at goes. */
function cascadedParents(sources: string[]): Set<string> {
  const parents = new Set<string>()
  for (const source of sources)
    for (const m of source
      .replace(/\\`/g, '`')
      .matchAll(/REFERENCES\s+`?(\w+)`?\s*\(`?id`?\)[^,\n)]*ON DELETE cascade/gi))
      parents.add(m[1])
  return parents
}

/** The DROP TABLE statements that would cascade: foreign keys on, table referenced. */
function cascadingDrops(source: string, parents: Set<string>): string[] {
  let foreignKeys = true // Payload's SQLite connection has them on
  const found: string[] = []
  for (const statement of upStatements(source)) {
    const pragma = /PRAGMA foreign_keys\s*=\s*(ON|OFF)/i.exec(statement)
    if (pragma) foreignKeys = pragma[1].toUpperCase() === 'ON'
    const drop = /DROP TABLE\s+`?(\w+)`?/i.exec(statement)
    if (drop && foreignKeys && parents.has(drop[1])) found.push(drop[1])
  }
  return found
}

describe('committed SQLite migrations', () => {
  const files = fs.readdirSync(DIR).filter((f) => f.endsWith('.ts') && f !== 'index.ts')
  const sources = files.map((f) => fs.readFileSync(path.join(DIR, f), 'utf8'))
  const parents = cascadedParents(sources)

  it('never drop a table whose children cascade while foreign keys are on', () => {
    expect(files.length).toBeGreaterThan(10)
    expect(parents.has('contact_requests')).toBe(true)
    const offenders = files.flatMap((file, i) => cascadingDrops(sources[i], parents).map((t) => `${file}: ${t}`))
    expect(offenders).toEqual([])
  })

  it('would catch the pattern drizzle-kit generates for a batch of rebuilds', () => {
    const generated = [
      'export async function up({ db }) {',
      '  await db.run(sql`PRAGMA foreign_keys=OFF;`)',
      '  await db.run(sql`CREATE TABLE \\`__new_editions\\` (`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL);`)',
      '  await db.run(sql`DROP TABLE \\`editions\\`;`)',
      '  await db.run(sql`PRAGMA foreign_keys=ON;`)',
      '  await db.run(sql`CREATE TABLE \\`__new_contact_requests\\` (`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL);`)',
      '  await db.run(sql`DROP TABLE \\`contact_requests\\`;`)',
      '}',
      'export async function down({ db }) {}',
    ].join('\n')
    expect(cascadingDrops(generated, parents)).toEqual(['contact_requests'])
  })
})
