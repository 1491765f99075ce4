import { commitTransaction, createLocalReq, killTransaction, type Payload, ValidationError } from 'payload'

import { IMPORT_SPECS } from './fieldSpecs'
import type { BulkCollection } from '../config/exportPlugin'
import type { User } from '../payload-types'
import { detectFormat, type ImportFormat, parseRows, UnreadableFile } from './parseFile'
import { planImport, type PlannedRow } from './planImport'
import { readRow } from './readRow'
import { beginAtomicWrite } from '../db/atomicWrite'
import { DEFAULT_LOCALE, type Locale } from '../site/locales'

// Import of a CSV or JSON file into editions or organizations, all or nothing: every row is
// read and checked against the database first; only when none is refused are they written, in
// one database transaction (SQLite, PostgreSQL, MongoDB replica sets), so a failure midway
// leaves nothing behind. Rows match their record on the natural key (edition year,
// organization slug); a row that would change nothing is "unchanged", so importing the same
// file again writes nothing.

export type ImportReport = {
  collection: BulkCollection
  format: ImportFormat | null
  /** True when the rows were written; false for a dry run or a refused file. */
  applied: boolean
  dryRun: boolean
  created: number
  updated: number
  unchanged: number
  refused: number
  /** Columns the file has that an import does not set (ids, timestamps, rich text…). */
  ignoredColumns: string[]
  /** Per row, what it does (or, when the file is not applied, what it would do). */
  rows: Pick<PlannedRow, 'row' | 'key' | 'action' | 'changes' | 'errors'>[]
  /** Why the file as a whole was refused, in words. */
  message: string
}

type Args = {
  payload: Payload
  user: User
  collection: BulkCollection
  text: string
  formatHint?: string
  dryRun?: boolean
}

export async function importFile({
  payload,
  user,
  collection,
  text,
  formatHint,
  dryRun = false,
}: Args): Promise<ImportReport> {
  const report: ImportReport = {
    collection,
    format: null,
    applied: false,
    dryRun,
    created: 0,
    updated: 0,
    unchanged: 0,
    refused: 0,
    ignoredColumns: [],
    rows: [],
    message: '',
  }
  let rows: Record<string, unknown>[]
  try {
    report.format = detectFormat(text, formatHint)
    rows = parseRows(text, report.format)
  } catch (err) {
    if (!(err instanceof UnreadableFile)) throw err
    return { ...report, message: `Nothing was imported: ${err.message}` }
  }
  const values = rows.map((row) => readRow(row, IMPORT_SPECS[collection]))
  report.ignoredColumns = [...new Set(values.flatMap((v) => v.ignored))].sort()
  const plan = await planImport(payload, user, collection, values, report.format === 'csv' ? 2 : 1)
  const summarise = () => {
    report.rows = plan.map(({ row, key, action, changes, errors }) => ({ row, key, action, changes, errors }))
    for (const action of ['create', 'update', 'unchanged', 'refused'] as const) {
      const count = plan.filter((p) => p.action === action).length
      if (action === 'create') report.created = count
      else if (action === 'update') report.updated = count
      else report[action] = count
    }
  }
  summarise()
  if (report.refused)
    return {
      ...report,
      created: 0,
      updated: 0,
      message: `Nothing was imported: ${report.refused} of ${plan.length} rows were refused. Correct them and import the whole file again.`,
    }
  if (dryRun)
    return {
      ...report,
      message: `Checked: ${report.created} to create, ${report.updated} to update, ${report.unchanged} unchanged. Nothing was written (dry run).`,
    }

  const failure = await writeAll(payload, user, collection, plan)
  if (failure) {
    const failed = plan.find((p) => p.row === failure.row)!
    Object.assign(failed, { action: 'refused', errors: failure.errors })
    summarise()
    return {
      ...report,
      created: 0,
      updated: 0,
      message: `Nothing was imported: row ${failure.row} could not be saved, and every change was undone.`,
    }
  }
  return {
    ...report,
    applied: true,
    message: `Imported: ${report.created} created, ${report.updated} updated, ${report.unchanged} unchanged.`,
  }
}

/** Writes the planned rows in one transaction; returns the row that failed (all undone) or null. */
async function writeAll(payload: Payload, user: User, collection: BulkCollection, plan: PlannedRow[]) {
  // Hooks would purge the site's cache on every row; the endpoint does it once after the commit.
  const req = await createLocalReq({ user, context: { disableRevalidate: true } }, payload)
  const ownTransaction = await beginAtomicWrite(req)
  let current: PlannedRow | null = null
  try {
    for (const row of plan) {
      if (row.action !== 'create' && row.action !== 'update') continue
      current = row
      const ops = { collection, req, user, overrideAccess: false, depth: 0 } as const
      let id = row.existingId
      for (const [code, data] of Object.entries(row.data)) {
        const locale = code as Locale
        const onlyStatus = Object.keys(data).every((k) => k === '_status')
        const statusChanged = row.changes.includes('_status') && locale === DEFAULT_LOCALE
        if (id === null) id = (await payload.create({ ...ops, locale, data: data as never })).id
        else if (!onlyStatus || statusChanged) await payload.update({ ...ops, id, locale, data: data as never })
      }
    }
    if (ownTransaction) await commitTransaction(req)
    return null
  } catch (err) {
    await killTransaction(req)
    const errors =
      err instanceof ValidationError
        ? err.data.errors.map((e) => ({ field: e.path, message: e.message }))
        : [{ field: '', message: (err as Error).message || 'could not be saved' }]
    if (!current) throw err
    return { row: current.row, errors }
  }
}
