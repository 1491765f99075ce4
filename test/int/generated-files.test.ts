import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { generateImportMap } from 'payload'
import { generateTypes } from 'payload/node'
import { describe, expect, it } from 'vitest'

import { testPayload } from '../helpers/payload'
import { testEngine } from '../helpers/testDatabase'

const root = process.cwd()
const scratch = () => fs.mkdtempSync(path.join(os.tmpdir(), 'generated-'))

async function sanitizedConfig() {
  return (await testPayload()).config
}

describe('generated files are committed up to date', () => {
  it('src/payload-types.ts matches `npm run generate:types`', async () => {
    const out = path.join(scratch(), 'payload-types.ts')
    process.env.PAYLOAD_TS_OUTPUT_PATH = out
    try {
      await generateTypes(await sanitizedConfig(), { log: false })
    } finally {
      delete process.env.PAYLOAD_TS_OUTPUT_PATH
    }
    expect(fs.readFileSync(out, 'utf8'), 'payload-types.ts is stale: run `npm run generate`').toBe(
      fs.readFileSync(path.join(root, 'src/payload-types.ts'), 'utf8'),
    )
  })

  it('the admin import map matches `npm run generate:importmap`', async () => {
    const config = await sanitizedConfig()
    const out = path.join(scratch(), 'importMap.js')
    fs.writeFileSync(out, '')
    // Same config, written to a scratch file so the committed one is only read.
    await generateImportMap(
      { ...config, admin: { ...config.admin, importMap: { ...config.admin.importMap, importMapFile: out } } },
      { force: true, log: false },
    )
    expect(fs.readFileSync(out, 'utf8'), 'importMap.js is stale: run `npm run generate`').toBe(
      fs.readFileSync(path.join(root, 'app/(payload)/admin/importMap.js'), 'utf8'),
    )
  })

  it('the committed migrations describe the current schema (no migration missing)', async () => {
    const payload = await testPayload()
    if (testEngine() === 'mongodb') return // schemaless: nothing to migrate
    const db = payload.db as unknown as {
      migrationDir: string
      schema: unknown
      requireDrizzleKit: () => {
        generateDrizzleJson: (s: unknown) => Promise<unknown>
        generateMigration: (a: unknown, b: unknown) => Promise<string[]>
      }
    }
    const snapshots = fs
      .readdirSync(db.migrationDir)
      .filter((f) => f.endsWith('.json'))
      .sort()
    expect(snapshots.length).toBeGreaterThan(0)
    const latest = JSON.parse(fs.readFileSync(path.join(db.migrationDir, snapshots.at(-1)!), 'utf8'))
    const kit = db.requireDrizzleKit()
    const pending = await kit.generateMigration(latest, await kit.generateDrizzleJson(db.schema))
    expect(pending, 'schema changed without a migration: run `npm run migrate:create -- <name>`').toEqual([])
  })
})
