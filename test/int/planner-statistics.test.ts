// Issue 18: the staff's open-requests list must walk the (openRank, dueAt, createdAt) index and
// stop after a page, not read every open request through the status index and sort them. On
// SQLite that choice depends on planner statistics, which src/db/plannerStatistics.ts gathers.
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { refreshPlannerStatistics } from '../../src/db/plannerStatistics'
import { testPayload } from '../helpers/payload'
import { testEngine } from '../helpers/testDatabase'

type Client = { execute: (sql: string) => Promise<{ rows: Record<string, unknown>[] }> }
const OPEN_LIST =
  "SELECT id FROM contact_requests WHERE status IN ('received','needs_info','in_review') " +
  'ORDER BY open_rank, due_at, created_at LIMIT 10'

describe.runIf(testEngine() === 'sqlite')('SQLite planner statistics', () => {
  let payload: Payload
  let client: Client

  beforeAll(async () => {
    payload = await testPayload()
    client = (payload.db as unknown as { client: Client }).client
    // A queue as it looks after years: most requests closed, a tenth open.
    await client.execute(`
      WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 6000)
      INSERT INTO contact_requests (kind, status, open_rank, name, email, due_at, created_at, updated_at)
      SELECT 'enquiry', CASE WHEN i % 10 = 0 THEN 'received' ELSE 'answered' END, CASE WHEN i % 10 = 0 THEN 0 ELSE 1 END,
             'Sender ' || i, 'sender' || i || '@example.test',
             strftime('%Y-%m-%dT23:59:59.999Z', '2026-01-01', '+' || (i % 90) || ' days'),
             strftime('%Y-%m-%dT%H:%M:%fZ', '2026-01-01', '+' || i || ' minutes'),
             strftime('%Y-%m-%dT%H:%M:%fZ', '2026-01-01', '+' || i || ' minutes')
      FROM n`)
  })

  const plan = async () =>
    (await client.execute(`EXPLAIN QUERY PLAN ${OPEN_LIST}`)).rows.map((row) => String(row.detail)).join('; ')

  it('reads the open queue in index order once statistics exist, with no sort of every open request', async () => {
    await client.execute('DROP TABLE IF EXISTS sqlite_stat1')
    expect(await plan()).toMatch(/TEMP B-TREE FOR ORDER BY/) // what every list request paid before
    await refreshPlannerStatistics(payload)
    const after = await plan()
    expect(after).toMatch(/openRank_dueAt_createdAt/)
    expect(after).not.toMatch(/TEMP B-TREE/)
  })

  it('lists the open requests soonest due first, then first come first served', async () => {
    const { docs } = await payload.find({
      collection: 'contact-requests',
      where: { status: { in: ['received', 'needs_info', 'in_review'] } },
      limit: 20,
      overrideAccess: true,
      depth: 0,
    })
    const order = docs.map((doc) => `${doc.dueAt} ${doc.createdAt}`)
    expect(order).toEqual([...order].sort())
  })
})
