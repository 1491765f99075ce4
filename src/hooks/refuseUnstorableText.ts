import type { CollectionBeforeValidateHook, Field } from 'payload'
import { ValidationError } from 'payload'

// Control characters (other than tab and line breaks) and unpaired UTF-16 surrogates cannot
// round-trip: PostgreSQL rejects NUL outright (a 500 instead of an answer), and a lone surrogate
// turns into U+FFFD on its way to UTF-8, so what was stored is not what was sent.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/
const TEXT_TYPES = new Set(['text', 'textarea', 'email'])

function firstUnstorable(value: unknown, at: string): string | null {
  if (typeof value === 'string') return CONTROL.test(value) || LONE_SURROGATE.test(value) ? at : null
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = firstUnstorable(item, `${at}.${i}`)
      if (found) return found
    }
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = firstUnstorable(item, at ? `${at}.${key}` : key)
      if (found) return found
    }
  }
  return null
}

type Problem = { path: string; message: string }

/**
 * The first value of the wrong type, walking into array rows and groups: text where a text box
 * is, one option (or a list of options where several may be chosen) where a choice is. An object
 * or an empty list in a choice passed Payload's own check and reached the database as a 500; a
 * number in a list row's text box was stored as if typed (both found by test/int/hostile-matrix).
 */
function firstWrongType(fields: Field[], data: Record<string, unknown>, at: string): Problem | null {
  for (const field of fields) {
    if (!('name' in field)) {
      // Rows and collapsibles only lay out fields that sit at this level.
      const found = 'fields' in field ? firstWrongType(field.fields, data, at) : null
      if (found) return found
      continue
    }
    const value = data[field.name]
    const path = at ? `${at}.${field.name}` : field.name
    if (value === undefined || value === null) continue
    if (TEXT_TYPES.has(field.type) && typeof value !== 'string') return { path, message: 'This field takes text.' }
    if (field.type === 'select' || field.type === 'radio') {
      const many = field.type === 'select' && field.hasMany
      const fine = many ? Array.isArray(value) && value.every((v) => typeof v === 'string') : typeof value === 'string'
      if (!fine) return { path, message: many ? 'Choose from the options given.' : 'Choose one of the options given.' }
    }
    if (field.type === 'array' && Array.isArray(value))
      for (const [i, row] of value.entries()) {
        if (!row || typeof row !== 'object' || Array.isArray(row))
          return { path: `${path}.${i}`, message: 'Each entry must be filled in as on the form.' }
        const found = firstWrongType(field.fields, row as Record<string, unknown>, `${path}.${i}`)
        if (found) return found
      }
    if (field.type === 'group' && typeof value === 'object' && !Array.isArray(value)) {
      const found = firstWrongType(field.fields, value as Record<string, unknown>, path)
      if (found) return found
    }
  }
  return null
}

/**
 * Refuses, with a 400 naming the field, text the database cannot keep as sent, a non-string
 * where the form has a text box, and anything but an option where it has a choice (a number or
 * an object there is a forged request, not a typo).
 */
export const refuseUnstorableText: CollectionBeforeValidateHook = ({ data, collection, req }) => {
  if (!data) return data
  const wrong = firstWrongType(collection.fields, data as Record<string, unknown>, '')
  if (wrong) throw new ValidationError({ collection: collection.slug, errors: [wrong], req })
  const path = firstUnstorable(data, '')
  if (path) {
    throw new ValidationError({
      collection: collection.slug,
      errors: [{ path, message: 'This text contains control characters or broken Unicode; please retype it.' }],
      req,
    })
  }
  return data
}
