import { index as pgIndex } from '@payloadcms/db-postgres/drizzle/pg-core'
import { index as sqliteIndex } from '@payloadcms/db-sqlite/drizzle/sqlite-core'

// Payload keeps each localized collection's texts in a `<table>_locales` table, indexed on
// (_locale, _parent_id) only. Reading documents with their texts looks rows up by _parent_id
// alone, which that index cannot serve, so every document scanned the whole table: reading 2,000
// of 5,000 pages took 8 s (quadratic), 120 ms with an index on _parent_id. Payload's schema hook
// adds that index to every locales table, so the migrations carry it like any other.

// Drizzle's table and column types differ per dialect (SQLite, PostgreSQL); this code only passes
// them through from one to the other, so it does not name them.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type DialectValue = any
type SchemaHookArgs = {
  schema: { tables: Record<string, DialectValue> }
  extendTable: (args: { table: DialectValue; extraConfig?: (columns: Record<string, DialectValue>) => object }) => void
}

function indexLocaleParents(makeIndex: (name: string) => { on: (column: DialectValue) => unknown }) {
  return ({ schema, extendTable }: SchemaHookArgs) => {
    for (const [name, table] of Object.entries(schema.tables)) {
      if (!name.endsWith('_locales') || !table._parentID) continue
      const indexName = `${name}_parent_id_idx`
      extendTable({ table, extraConfig: (columns) => ({ [indexName]: makeIndex(indexName).on(columns._parentID) }) })
    }
    return schema as never
  }
}

export const indexSqliteLocaleParents = indexLocaleParents(sqliteIndex)
export const indexPostgresLocaleParents = indexLocaleParents(pgIndex)
