import type { Payload, Where } from 'payload'

import type { BulkCollection } from '../config/exportPlugin'
import type { User } from '../payload-types'
import { IMPORT_SPECS } from './fieldSpecs'
import type { FieldError, RowValues } from './readRow'
import { CONTENT_LOCALES, DEFAULT_LOCALE } from '../site/locales'

// Second step of an import: every row checked against the database (which record it matches,
// what would change, whether its references exist), still without writing anything.

export type PlannedRow = {
  /** 1-based position of the record in the file (CSV: the line after the header). */
  row: number
  key: number | string | null
  action: 'create' | 'update' | 'unchanged' | 'refused'
  changes: string[]
  errors: FieldError[]
  existingId: number | null
  /** What to write per locale, with hosts resolved to organization ids. */
  data: Record<string, Record<string, unknown>>
}

type Doc = Record<string, unknown> & { id: number }
const LOCALE_CODES = CONTENT_LOCALES.map((l) => l.code)
const dayOf = (value: unknown) => (typeof value === 'string' ? value.slice(0, 10) : (value ?? null))

export async function planImport(
  payload: Payload,
  user: User,
  collection: BulkCollection,
  rows: RowValues[],
  /** The number a spreadsheet shows for the first record: 2 in a CSV file, under its header. */
  firstRow = 1,
): Promise<PlannedRow[]> {
  const spec = IMPORT_SPECS[collection]
  const keyName = spec.key.name
  const keys = rows.flatMap((r) => (r.key === null ? [] : [r.key]))
  const read = { overrideAccess: false, user, depth: 0, pagination: false } as const
  const existing = keys.length
    ? ((await payload.find({ ...read, collection, locale: 'all', where: { [keyName]: { in: keys } } }))
        .docs as unknown as Doc[])
    : []
  const byKey = new Map(existing.map((doc) => [doc[keyName] as string | number, doc]))
  const organizations = await organizationsNamedIn(payload, user, rows)
  const slugOwners =
    collection === 'editions' ? await editionSlugOwners(payload, user, rows) : new Map<string, number>()
  const firstRowOf = new Map<string | number, number>()
  const slugFirstRow = new Map<string, number>()

  return rows.map((values, index) => {
    const row = index + firstRow
    const errors = [...values.errors]
    if (values.key !== null) {
      const first = firstRowOf.get(values.key)
      if (first)
        errors.push({
          field: keyName,
          message: `${keyName} ${values.key} is also in row ${first}; give each record once.`,
        })
      else firstRowOf.set(values.key, row)
    }
    const current = values.key === null ? undefined : byKey.get(values.key)
    const slug = values.shared.slug as string | undefined
    if (slug) {
      const owner = slugOwners.get(slug)
      if (owner !== undefined && owner !== values.key)
        errors.push({ field: 'slug', message: `slug "${slug}" already belongs to the ${owner} edition.` })
      if (slugFirstRow.has(slug))
        errors.push({ field: 'slug', message: `slug "${slug}" is also used in row ${slugFirstRow.get(slug)}.` })
      else slugFirstRow.set(slug, row)
    }
    const hosts = values.hosts?.flatMap((host, i) => {
      const id = organizations.get(host.organization)
      if (id === undefined)
        errors.push({
          field: `hosts_${i}_organization`,
          message: `no organization "${host.organization}" (give its slug; create it first).`,
        })
      return id === undefined ? [] : [{ organization: id, role: host.role }]
    })
    if (!current) {
      for (const field of spec.fields) {
        if (!('requiredOnCreate' in field) || !field.requiredOnCreate) continue
        const present =
          field.kind === 'text' && field.localized
            ? values.localized[DEFAULT_LOCALE][field.name]
            : values.shared[field.name]
        if (!present)
          errors.push({
            field: field.name,
            message: `${field.name} is required for a new record (${keyName} ${values.key ?? '?'}).`,
          })
      }
    }
    if (errors.length)
      return { row, key: values.key, action: 'refused', changes: [], errors, existingId: current?.id ?? null, data: {} }

    const data: PlannedRow['data'] = Object.fromEntries(LOCALE_CODES.map((code) => [code, {}]))
    const changes: string[] = []
    const set = (locale: string, field: string, value: unknown, label = field) => {
      data[locale][field] = value
      changes.push(label)
    }
    for (const [field, value] of Object.entries(values.shared)) {
      const before = current?.[field]
      if (
        !current ||
        (spec.fields.find((f) => f.name === field)?.kind === 'date' ? dayOf(before) !== value : before !== value)
      )
        set(DEFAULT_LOCALE, field, value)
    }
    for (const code of LOCALE_CODES) {
      for (const [field, value] of Object.entries(values.localized[code])) {
        const before = (current?.[field] as Record<string, unknown> | undefined)?.[code]
        if (before !== value) set(code, field, value, code === DEFAULT_LOCALE ? field : `${field} (${code})`)
      }
    }
    if (hosts) {
      const before = ((current?.hosts as { organization: number; role: string }[] | undefined) ?? [])
        .map((h) => `${h.organization}:${h.role}`)
        .join(',')
      if (!current || before !== hosts.map((h) => `${h.organization}:${h.role}`).join(','))
        set(DEFAULT_LOCALE, 'hosts', hosts)
    }
    if (values.status && values.status !== current?._status) changes.push('_status')
    if (current && changes.length === 0)
      return { row, key: values.key, action: 'unchanged', changes, errors, existingId: current.id, data: {} }
    // Status travels with every write so a published record stays published (and a new one
    // without a status starts as a draft for an editor to review).
    const status = values.status ?? (current?._status as string | undefined) ?? 'draft'
    for (const code of LOCALE_CODES)
      if (Object.keys(data[code]).length || code === DEFAULT_LOCALE) data[code]._status = status
    if (!current) data[DEFAULT_LOCALE][keyName] = values.key
    return {
      row,
      key: values.key,
      action: current ? 'update' : 'create',
      changes,
      errors,
      existingId: current?.id ?? null,
      data,
    }
  })
}

/** Organization ids by the slugs (and ids) the rows' hosts name. */
async function organizationsNamedIn(payload: Payload, user: User, rows: RowValues[]): Promise<Map<string, number>> {
  const refs = [...new Set(rows.flatMap((r) => r.hosts?.map((h) => h.organization) ?? []))]
  if (refs.length === 0) return new Map()
  const ids = refs.filter((ref) => /^\d+$/.test(ref)).map(Number)
  const where: Where = { or: [{ slug: { in: refs } }, ...(ids.length ? [{ id: { in: ids } }] : [])] }
  const { docs } = await payload.find({
    collection: 'organizations',
    where,
    user,
    overrideAccess: false,
    depth: 0,
    pagination: false,
    select: { slug: true },
  })
  return new Map(
    docs.flatMap((doc) => [[doc.slug, doc.id] as [string, number], [String(doc.id), doc.id] as [string, number]]),
  )
}

/** Which edition year owns each slug the rows ask for (slugs are unique across editions). */
async function editionSlugOwners(payload: Payload, user: User, rows: RowValues[]): Promise<Map<string, number>> {
  const slugs = rows.flatMap((r) => (typeof r.shared.slug === 'string' ? [r.shared.slug] : []))
  if (slugs.length === 0) return new Map()
  const { docs } = await payload.find({
    collection: 'editions',
    where: { slug: { in: slugs } },
    user,
    overrideAccess: false,
    depth: 0,
    pagination: false,
    select: { slug: true, year: true },
  })
  return new Map(docs.map((doc) => [doc.slug, doc.year]))
}
