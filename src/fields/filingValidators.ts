import type { Validate } from 'payload'
import { checkbox, text, textarea } from 'payload/shared'

// Formalities shared by the public's filings (removal notices and counter-notices): statements
// that must be affirmed, and a typed signature that must be the filer's name.

/** A checkbox the filer must tick; `message` says what they affirm. */
export const mustBeTrue =
  (message: string): Validate =>
  (value, options) => {
    const base = checkbox(value as boolean, options as never)
    return base !== true ? base : value === true ? true : message
  }

const normalizeName = (s: unknown) =>
  String(s ?? '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()

/** A typed signature: the full name given in the same filing's `name`. */
export const signatureOfName: Validate = (value, options) => {
  const { data } = options
  const base = text(value as string, options as never)
  if (base !== true) return base
  if (!normalizeName(value)) return 'Type your full name as your signature.'
  return normalizeName(value) === normalizeName((data as { name?: string }).name)
    ? true
    : 'The signature must be your full name exactly as given above.'
}

/**
 * Required when filed, without a NOT NULL column: records filed before the field existed stay
 * valid, and erasure can clear it (src/takedown/retention.ts).
 */
export const filledIn =
  (kind: 'text' | 'textarea'): Validate =>
  (value, options) => {
    const base = (kind === 'text' ? text : textarea)(value as string, options as never)
    if (base !== true) return base
    return typeof value === 'string' && value.trim() ? true : 'This field is required.'
  }
