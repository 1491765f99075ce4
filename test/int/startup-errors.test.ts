import { execFile } from 'node:child_process'
import { promisify } from 'node:util'

import { describe, expect, it } from 'vitest'

import { checkDatabaseReachable } from '../../src/db/checkReachable'

const run = promisify(execFile)

/** Runs the migrate/seed phase of `npm start` and returns how it ended. */
async function prepare(databaseUrl: string) {
  try {
    const { stdout, stderr } = await run(process.execPath, ['scripts/run-ts.mjs', 'src/cli/prepare.ts'], {
      env: { ...process.env, DATABASE_URL: databaseUrl },
      timeout: 60_000,
    })
    return { code: 0, stdout, stderr }
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string }
    return { code: e.code, stdout: e.stdout, stderr: e.stderr }
  }
}

describe('start-up stops with one clear line when the database is wrong', () => {
  it('names DATABASE_URL and the accepted schemes for an unknown scheme', async () => {
    const result = await prepare('mysql://root:pw@127.0.0.1/expo')
    expect(result.code).toBe(1)
    const lines = result.stderr.trim().split('\n')
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/^DATABASE_URL has scheme 'mysql:'.*file:.*mongodb:\/\/.*postgres:\/\//)
  })

  it('names the server, the variable and the fix when PostgreSQL is unreachable', async () => {
    const result = await prepare('postgres://expo:secret@127.0.0.1:1/expo')
    expect(result.code).toBe(1)
    expect(result.stderr.trim()).toBe(
      'Cannot reach the PostgreSQL server that DATABASE_URL names (postgres://expo:***@127.0.0.1:1/expo): ECONNREFUSED. ' +
        'Start that server, correct DATABASE_URL, or unset it to use the embedded SQLite database.',
    )
  })

  it('does the same for an unreachable MongoDB server', async () => {
    await expect(checkDatabaseReachable('mongodb://127.0.0.1:1/expo', 2_000)).rejects.toThrow(
      /^Cannot reach the MongoDB server that DATABASE_URL names \(mongodb:\/\/127\.0\.0\.1:1\/expo\): ECONNREFUSED\. Start that server/,
    )
  })

  it('migrates and seeds a fresh SQLite database, then leaves it alone on the next start', async () => {
    const url = `${process.env.DATABASE_URL}-prepare.db`
    const first = await prepare(url)
    expect(first.code).toBe(0)
    expect(first.stdout).toMatch(/migrate: \d+ migration file/)
    expect(first.stdout).toMatch(/seed: created 19 items/)
    const second = await prepare(url)
    expect(second.stdout).toMatch(/seed: database already has content, left as it is/)
  })
})
