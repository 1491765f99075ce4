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

/**
 * Refuses, with a 400 naming the field, text the database cannot keep as sent and a non-string
 * where the form has a text box (a number or an object there is a forged request, not a typo).
 */
export const refuseUnstorableText: CollectionBeforeValidateHook = ({ data, collection, req }) => {
  if (!data) return data
  const textFields = collection.fields.filter(
    (f): f is Field & { name: string } => 'name' in f && TEXT_TYPES.has(f.type),
  )
  for (const field of textFields) {
    const value = (data as Record<string, unknown>)[field.name]
    if (value !== undefined && value !== null && typeof value !== 'string') {
      throw new ValidationError({
        collection: collection.slug,
        errors: [{ path: field.name, message: 'This field takes text.' }],
        req,
      })
    }
  }
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
