import type { PayloadRequest } from 'payload'

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

/** The contact request filed under `reference` (as the server sees it, whoever asks), or undefined. */
export async function requestByReference(req: PayloadRequest, reference: string) {
  const { docs } = await req.payload.find({
    collection: 'contact-requests',
    where: { reference: { equals: reference } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return docs[0]
}
