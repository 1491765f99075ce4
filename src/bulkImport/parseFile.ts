import { parse as parseCsv } from 'csv-parse/sync'

export type ImportFormat = 'csv' | 'json'

/** A file that cannot be read as rows at all (as opposed to rows with bad values). */
export class UnreadableFile extends Error {}

export const MAX_ROWS = 2000

/** Which format a file is in, from its name or type, else from its first character. */
export function detectFormat(text: string, hint = ''): ImportFormat {
  if (/json/i.test(hint)) return 'json'
  if (/csv/i.test(hint)) return 'csv'
  return /^\s*[[{]/.test(text) ? 'json' : 'csv'
}

/**
 * Rows as flat records, whatever the format: JSON documents are flattened the way the
 * admin's CSV export names columns (`title_zh`, `hosts_0_organization`), so one set of rules
 * reads both.
 */
export function parseRows(text: string, format: ImportFormat): Record<string, unknown>[] {
  const rows = format === 'json' ? parseJson(text) : parseCsvText(text)
  if (rows.length === 0) throw new UnreadableFile('The file has no rows.')
  if (rows.length > MAX_ROWS)
    throw new UnreadableFile(`The file has ${rows.length} rows; import at most ${MAX_ROWS} at a time.`)
  return rows
}

function parseJson(text: string): Record<string, unknown>[] {
  let data: unknown
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (err) {
    throw new UnreadableFile(`This is not valid JSON: ${(err as Error).message}`)
  }
  const docs = Array.isArray(data)
    ? data
    : data && typeof data === 'object' && Array.isArray((data as { docs?: unknown }).docs)
      ? (data as { docs: unknown[] }).docs
      : null
  if (!docs) throw new UnreadableFile('Expected a JSON list of records (or an object with a "docs" list).')
  return docs.map((doc, index) => {
    if (!doc || typeof doc !== 'object' || Array.isArray(doc))
      throw new UnreadableFile(`Record ${index + 1} is not an object.`)
    return flatten(doc as Record<string, unknown>)
  })
}

function parseCsvText(text: string): Record<string, unknown>[] {
  try {
    return parseCsv(text, { columns: true, bom: true, skip_empty_lines: true, trim: true }) as Record<string, unknown>[]
  } catch (err) {
    throw new UnreadableFile(`This is not a readable CSV file: ${(err as Error).message}`)
  }
}

function flatten(
  value: Record<string, unknown>,
  prefix = '',
  into: Record<string, unknown> = {},
): Record<string, unknown> {
  for (const [key, item] of Object.entries(value)) {
    const path = prefix ? `${prefix}_${key}` : key
    if (item && typeof item === 'object') flatten(item as Record<string, unknown>, path, into)
    else into[path] = item
  }
  return into
}
