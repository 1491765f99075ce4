import crypto from 'node:crypto'

import type { PayloadRequest } from 'payload'

export type AuditInput = {
  requestId: string | number
  reference: string | null
  from: string | null
  to: string
  changedFields: string[]
  reasons: unknown
  contentHash: string | null
  actorLabel: string
}

const sha256 = (text: string) => crypto.createHash('sha256').update(text).digest('hex')

/**
 * Appends one entry to the takedown audit trail, chained to the previous one by hash. The chain
 * takes the statement of reasons by its digest: retention clears the statement's free text (it
 * can name people), and the entries stay checkable against the digests they keep.
 */
export async function appendAudit(req: PayloadRequest, entry: AuditInput): Promise<void> {
  const previous = await req.payload.find({
    collection: 'takedown-audit',
    sort: '-id',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
    select: { entryHash: true },
  })
  const previousHash = (previous.docs[0] as { entryHash?: string } | undefined)?.entryHash ?? null
  const at = new Date().toISOString()
  const reasonsDigest = entry.reasons == null ? null : sha256(JSON.stringify(entry.reasons))
  const body = { ...entry, reasons: reasonsDigest, at, previousHash, actor: req.user?.id ?? null }
  const entryHash = sha256(JSON.stringify(body))
  await req.payload.create({
    collection: 'takedown-audit',
    overrideAccess: true,
    req,
    data: {
      request: entry.requestId as number,
      reference: entry.reference,
      summary: `${entry.reference ?? entry.requestId}: ${entry.from ?? 'new'} → ${entry.to}`,
      at,
      actor: (req.user?.collection === 'users' ? req.user.id : null) as number | null,
      actorLabel: entry.actorLabel,
      fromStatus: entry.from as never,
      toStatus: entry.to as never,
      changedFields: entry.changedFields,
      reasons: entry.reasons as never,
      reasonsDigest,
      contentHash: entry.contentHash,
      previousHash,
      entryHash,
    },
  })
}
