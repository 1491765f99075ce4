import type { RequestKind } from './workflow'

/**
 * A reference people can read out on the phone: R-2026-000042 for removal notices,
 * E-2026-000043 for enquiries. It is derived from the document id, which the database already
 * makes unique, so no counter can race.
 */
export function referenceFor(kind: RequestKind, id: string | number, createdAt: string | Date): string {
  const year = new Date(createdAt).getUTCFullYear()
  const serial =
    typeof id === 'number' || /^\d+$/.test(String(id))
      ? String(id).padStart(6, '0')
      : String(id).slice(-8).toUpperCase()
  return `${kind === 'removal' ? 'R' : 'E'}-${year}-${serial}`
}

export const REFERENCE_PATTERN = /^[RE]-\d{4}-[0-9A-F]{6,8}$/
