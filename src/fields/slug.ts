import type { Field, FieldHook } from 'payload'

export function slugify(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
}

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** Fills an empty slug from another field, so editors rarely need to type one. */
const slugFromField =
  (source: string): FieldHook =>
  ({ value, data, originalDoc }) => {
    if (typeof value === 'string' && value.trim()) return slugify(value)
    const from = data?.[source] ?? originalDoc?.[source]
    return from != null && String(from).trim() ? slugify(String(from)) : value
  }

export function slugField(source: string, overrides: Partial<Field> = {}): Field {
  return {
    name: 'slug',
    type: 'text',
    required: true,
    unique: true,
    index: true,
    admin: {
      position: 'sidebar',
      description: `Part of the public address. Left empty, it is made from the ${source}.`,
    },
    hooks: { beforeValidate: [slugFromField(source)] },
    validate: (value: unknown) =>
      typeof value === 'string' && SLUG_PATTERN.test(value)
        ? true
        : 'Use lower-case letters, digits and single hyphens, e.g. "smart-china-expo-2019".',
    ...overrides,
  } as Field
}

/** Top-level path segments owned by the app; a CMS page may not take one of them. */
export const RESERVED_PAGE_SLUGS = [
  'admin',
  'api',
  'editions',
  'organizations',
  'search',
  'removal-request',
  'counter-notice',
  'transparency',
  'contact',
  'media',
  'preview',
  'sitemap-xml',
  'robots-txt',
  'zh',
  'en',
  '_next',
]
