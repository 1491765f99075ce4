import { type CollectionSpec, HOST_ROLE_VALUES, SLUG_PATTERN, STATUSES } from './fieldSpecs'
import { optionalHttpUrl } from '../fields/validators'
import { CONTENT_LOCALES, DEFAULT_LOCALE, type Locale } from '../site/locales'

export type FieldError = { field: string; message: string }

/** A host as the file names it: an organization's slug (or id) and a role. */
export type HostRef = { organization: string; role: string }

/** One row's values, checked on their own (no database yet). Empty cells mean "leave as it is". */
export type RowValues = {
  key: number | string | null
  shared: Record<string, string | number>
  localized: Record<Locale, Record<string, string>>
  hosts: HostRef[] | null
  status: (typeof STATUSES)[number] | null
  errors: FieldError[]
  /** Top-level names in the row that an import does not set (ids, timestamps, rich text…). */
  ignored: string[]
}

const LOCALE_CODES = CONTENT_LOCALES.map((l) => l.code)
const given = (value: unknown) => value !== undefined && value !== null && String(value).trim() !== ''
const str = (value: unknown) => String(value).trim()

/** 2019-08-26, or a full ISO timestamp as exported; kept as the calendar day. */
function calendarDay(value: unknown): string | null {
  const match = /^(\d{4}-\d{2}-\d{2})(?:T[\d:.]+Z?)?$/.exec(str(value))
  return match && !Number.isNaN(Date.parse(`${match[1]}T00:00:00Z`)) ? match[1] : null
}

export function readRow(row: Record<string, unknown>, spec: CollectionSpec): RowValues {
  const used = new Set<string>()
  const take = (column: string) => {
    used.add(column)
    return row[column]
  }
  const out: RowValues = {
    key: null,
    shared: {},
    localized: { en: {}, zh: {} },
    hosts: null,
    status: null,
    errors: [],
    ignored: [],
  }
  const fail = (field: string, message: string) => out.errors.push({ field, message })

  const rawKey = take(spec.key.name)
  if (!given(rawKey)) fail(spec.key.name, `${spec.key.name} is required: it is how a row finds its record.`)
  else if (spec.key.kind === 'year') {
    const year = Number(str(rawKey))
    if (!Number.isInteger(year) || year < 1900 || year > 2200)
      fail('year', `"${str(rawKey)}" is not a year between 1900 and 2200.`)
    else out.key = year
  } else if (!SLUG_PATTERN.test(str(rawKey)) || str(rawKey).length > 80)
    fail('slug', `"${str(rawKey)}" is not a valid slug: use lower-case letters, digits and single hyphens.`)
  else out.key = str(rawKey)

  for (const field of spec.fields) {
    if (field.kind === 'hosts') {
      out.hosts = readHosts(row, used, fail)
      continue
    }
    if (field.kind === 'text' && field.localized) {
      const plain = take(field.name)
      for (const code of LOCALE_CODES) {
        const value = take(`${field.name}_${code}`) ?? (code === DEFAULT_LOCALE ? plain : undefined)
        if (
          code === DEFAULT_LOCALE &&
          given(plain) &&
          given(row[`${field.name}_${code}`]) &&
          str(plain) !== str(row[`${field.name}_${code}`])
        ) {
          fail(field.name, `${field.name} and ${field.name}_${code} disagree; give one of them.`)
        }
        if (!given(value)) continue
        if (str(value).length > field.maxLength)
          fail(`${field.name}_${code}`, `${field.name} (${code}) is longer than ${field.maxLength} characters.`)
        else out.localized[code][field.name] = str(value)
      }
      continue
    }
    const value = take(field.name)
    if (!given(value)) continue
    const text = str(value)
    if (field.kind === 'date') {
      const day = calendarDay(value)
      if (day) out.shared[field.name] = day
      else fail(field.name, `"${text}" is not a date; write it as YYYY-MM-DD.`)
    } else if (field.kind === 'select') {
      if (field.options.includes(text)) out.shared[field.name] = text
      else fail(field.name, `"${text}" is not one of: ${field.options.join(', ')}.`)
    } else if (field.kind === 'url') {
      const valid = optionalHttpUrl(text)
      if (valid === true && text.length <= field.maxLength) out.shared[field.name] = text
      else fail(field.name, valid === true ? `longer than ${field.maxLength} characters.` : valid)
    } else if (field.kind === 'text') {
      if (text.length > field.maxLength) fail(field.name, `longer than ${field.maxLength} characters.`)
      else if (field.pattern && !field.pattern.test(text))
        fail(field.name, `"${text}": ${field.patternHint ?? 'not in the expected form'}.`)
      else out.shared[field.name] = text
    }
  }

  const status = take('_status')
  if (given(status)) {
    if ((STATUSES as readonly string[]).includes(str(status))) out.status = str(status) as RowValues['status']
    else fail('_status', `"${str(status)}" is not draft or published.`)
  }
  out.ignored = [
    ...new Set(
      Object.keys(row)
        .filter((column) => !used.has(column) && given(row[column]))
        .map(topLevelName),
    ),
  ]
  return out
}

const topLevelName = (column: string) => (column.startsWith('_') ? column : column.split('_')[0])

function readHosts(
  row: Record<string, unknown>,
  used: Set<string>,
  fail: (field: string, message: string) => void,
): HostRef[] | null {
  const byIndex = new Map<number, { organization?: string; role?: string }>()
  for (const [column, value] of Object.entries(row)) {
    // Other columns of a host (a populated organization's name, say) say nothing new.
    if (column.startsWith('hosts_')) used.add(column)
    const match = /^hosts_(\d+)_(organization|organization_slug|organization_id|role|id)$/.exec(column)
    if (!match) continue
    if (!given(value) || match[2] === 'id') continue
    const entry = byIndex.get(Number(match[1])) ?? {}
    if (match[2] === 'role') entry.role = str(value)
    // A JSON export with populated hosts carries both; the slug is the natural key.
    else if (match[2] !== 'organization_id' || !entry.organization) entry.organization = str(value)
    byIndex.set(Number(match[1]), entry)
  }
  if (byIndex.size === 0) return null
  return [...byIndex.entries()]
    .sort(([a], [b]) => a - b)
    .flatMap(([index, host]) => {
      if (!host.organization) fail(`hosts_${index}_organization`, `host ${index + 1} names no organization.`)
      const role = host.role ?? 'co-host'
      if (!HOST_ROLE_VALUES.includes(role))
        fail(`hosts_${index}_role`, `"${role}" is not one of: ${HOST_ROLE_VALUES.join(', ')}.`)
      return host.organization ? [{ organization: host.organization, role }] : []
    })
}
