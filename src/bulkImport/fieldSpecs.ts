import type { BulkCollection } from '../config/exportPlugin'
import { EDITION_FORMATS, HOST_ROLES, ORGANIZATION_KINDS } from '../model/vocabulary'

// What an import file may set, per collection. Anything else in a file (ids, timestamps, rich
// text, the takedown state) is ignored and listed in the report, so a file exported from the
// admin can be edited and imported back as it is.

export type FieldSpec =
  | {
      name: string
      kind: 'text'
      localized?: boolean
      maxLength: number
      requiredOnCreate?: boolean
      pattern?: RegExp
      patternHint?: string
    }
  | { name: string; kind: 'url'; maxLength: number }
  | { name: string; kind: 'date'; requiredOnCreate?: boolean }
  | { name: string; kind: 'select'; options: readonly string[] }
  | { name: string; kind: 'hosts' }

export type CollectionSpec = {
  /** The natural key a row is matched on; it never changes through an import. */
  key: { name: string; kind: 'year' | 'slug' }
  fields: FieldSpec[]
}

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const slugHint = 'use lower-case letters, digits and single hyphens, e.g. "smart-china-expo-2019"'
const values = (list: readonly { value: string }[]) => list.map((item) => item.value)

export const IMPORT_SPECS: Record<BulkCollection, CollectionSpec> = {
  editions: {
    key: { name: 'year', kind: 'year' },
    fields: [
      { name: 'title', kind: 'text', localized: true, maxLength: 200, requiredOnCreate: true },
      { name: 'slug', kind: 'text', maxLength: 80, pattern: SLUG_PATTERN, patternHint: slugHint },
      { name: 'startDate', kind: 'date', requiredOnCreate: true },
      { name: 'endDate', kind: 'date' },
      { name: 'venue', kind: 'text', localized: true, maxLength: 200 },
      { name: 'city', kind: 'text', localized: true, maxLength: 100 },
      { name: 'format', kind: 'select', options: values(EDITION_FORMATS) },
      { name: 'theme', kind: 'text', localized: true, maxLength: 300 },
      { name: 'annualTheme', kind: 'text', localized: true, maxLength: 300 },
      { name: 'hosts', kind: 'hosts' },
    ],
  },
  organizations: {
    key: { name: 'slug', kind: 'slug' },
    fields: [
      { name: 'name', kind: 'text', localized: true, maxLength: 200, requiredOnCreate: true },
      { name: 'kind', kind: 'select', options: values(ORGANIZATION_KINDS) },
      { name: 'country', kind: 'text', localized: true, maxLength: 100 },
      { name: 'website', kind: 'url', maxLength: 500 },
      { name: 'description', kind: 'text', localized: true, maxLength: 4000 },
    ],
  },
}

export const HOST_ROLE_VALUES = values(HOST_ROLES)
export const STATUSES = ['draft', 'published'] as const
