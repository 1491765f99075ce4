import type { PayloadRequest } from 'payload'

import { appendAudit } from './audit'
import { loadTakedownSettings } from './policy'

// Notifiers' personal data is kept only as long as a request may still be contested: a
// configurable number of months after closure (never under 6). Then it is overwritten in place,
// so the request's status, basis, dates and decision (the transparency report's figures) and
// the audit trail stay, while nothing left points to a person.

export const ANONYMISED_NAME = '[anonymised]'
/** The fields that identify the notifier, and what they become. */
const PERSONAL_DATA = {
  name: ANONYMISED_NAME,
  email: null,
  organization: null,
  phone: null,
  postalAddress: null,
  signature: null,
  authority: null,
  senderFingerprint: null,
  confirmationTokenHash: null,
  affectedParty: { name: null, email: null, language: null },
  // Free text written by the sender or about them (issue 15 §5): the claim, the message, staff's
  // notes. The status, basis, dates and statement of reasons stay for the report.
  message: null,
  explanation: null,
  originalWork: null,
  originalWorkUrl: null,
  staffNotes: null,
  // The court action or complaint staff recorded after a counter-notice: it names the parties' case.
  actionFiled: null,
  // Staff's request for information to the notifier.
  infoRequest: null,
} as const

/**
 * What a statement of reasons keeps once anonymised: its ground, whether it was automated, and
 * the redress offered (the settings' text). The scope, facts and the law named are staff's free
 * text about people and their work.
 */
const keptOfReasons = (reasons: Record<string, unknown> | null | undefined) =>
  reasons
    ? {
        ground: reasons.ground ?? null,
        automated: reasons.automated ?? null,
        redress: reasons.redress ?? null,
        scope: ANONYMISED_NAME,
        facts: ANONYMISED_NAME,
        groundDetail: reasons.groundDetail ? ANONYMISED_NAME : null,
      }
    : null

/** A counter-notice's sender, and what they wrote, once the request it contests is anonymised. */
const COUNTER_NOTICE_PERSONAL_DATA = {
  name: ANONYMISED_NAME,
  contact: null,
  address: null,
  phone: null,
  signature: null,
  material: ANONYMISED_NAME,
  statement: ANONYMISED_NAME,
  evidence: null,
  senderFingerprint: null,
} as const

export const anonymisedEmail = (id: number | string) => `anonymised-${id}@invalid`

/** Overwrites one request's personal data and deletes its evidence files; audited. */
export async function anonymiseRequest(req: PayloadRequest, id: number | string, why: string): Promise<void> {
  const now = new Date().toISOString()
  const doc = await req.payload.findByID({ collection: 'contact-requests', id, depth: 0, overrideAccess: true, req })
  // The email field is required; a reserved, unroutable address per request keeps it valid.
  await req.payload.db.updateOne({
    collection: 'contact-requests',
    id,
    data: {
      ...PERSONAL_DATA,
      email: anonymisedEmail(id),
      reasons: keptOfReasons(doc.reasons as Record<string, unknown> | null),
      anonymisedAt: now,
    },
    req,
  })
  // The audit trail's copies of the statements, likewise (the chain keeps their digests).
  const { docs: entries } = await req.payload.find({
    collection: 'takedown-audit',
    where: { and: [{ request: { equals: id } }, { reasons: { exists: true } }] },
    depth: 0,
    limit: 500,
    overrideAccess: true,
    req,
    select: { reasons: true },
  })
  for (const entry of entries)
    if (entry.reasons)
      await req.payload.db.updateOne({
        collection: 'takedown-audit',
        id: entry.id,
        data: { reasons: keptOfReasons(entry.reasons as Record<string, unknown>) },
        req,
      })
  // Evidence files (IDs, licences) are personal; the decision's statement of reasons stays.
  await req.payload.delete({
    collection: 'takedown-evidence',
    where: { notice: { equals: id } },
    overrideAccess: true,
    req,
  })
  // The copies of the content it hid: the material itself may be the personal data (a privacy notice).
  const { docs: snapshots } = await req.payload.delete({
    collection: 'takedown-snapshots',
    where: { request: { equals: id } },
    overrideAccess: true,
    req,
  })
  // Counter-notices against it hold the other party's data: they go with it.
  const { docs: counterNotices } = await req.payload.find({
    collection: 'counter-notices',
    where: { notice: { equals: id } },
    depth: 0,
    limit: 100,
    overrideAccess: true,
    req,
  })
  for (const counter of counterNotices)
    await req.payload.db.updateOne({
      collection: 'counter-notices',
      id: counter.id,
      data: { ...COUNTER_NOTICE_PERSONAL_DATA, email: anonymisedEmail(`counter-${counter.id}`) },
      req,
    })
  await appendAudit(req, {
    requestId: id,
    reference: doc.reference ?? null,
    from: doc.status,
    to: doc.status,
    changedFields: [
      'anonymised: ' + Object.keys(PERSONAL_DATA).join(', ') + ', evidence files',
      `counter-notices: ${counterNotices.length}`,
      `content snapshots: ${snapshots.length}`,
    ],
    reasons: null,
    contentHash: null,
    actorLabel: `server (${why})`,
  })
}

/** The moment before which what retention covers is gone: `now` less the settings' retention months. */
async function retentionCutoff(req: PayloadRequest, now: Date): Promise<Date> {
  const { retentionMonths } = await loadTakedownSettings(req)
  const cutoff = new Date(now)
  cutoff.setUTCMonth(cutoff.getUTCMonth() - retentionMonths)
  return cutoff
}

/** Closed requests past the retention period, or closed ones whose notifier asked for erasure. */
export async function requestsDueForAnonymisation(req: PayloadRequest, now = new Date()) {
  const cutoff = await retentionCutoff(req, now)
  const { docs } = await req.payload.find({
    collection: 'contact-requests',
    where: {
      and: [
        { anonymisedAt: { exists: false } },
        { closedAt: { exists: true } },
        { or: [{ closedAt: { less_than_equal: cutoff.toISOString() } }, { erasureRequestedAt: { exists: true } }] },
      ],
    },
    select: { closedAt: true, erasureRequestedAt: true },
    limit: 500,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return docs.map((d) => ({ id: d.id, requested: Boolean(d.erasureRequestedAt) }))
}

/**
 * Outbox messages (emails kept when no mail server is set) older than the retention period:
 * they repeat names, addresses and links. Deleted outright; returns how many.
 */
export async function deleteOldOutboxMessages(req: PayloadRequest, now = new Date()): Promise<number> {
  const cutoff = await retentionCutoff(req, now)
  const { docs } = await req.payload.delete({
    collection: 'outbox',
    where: { createdAt: { less_than_equal: cutoff.toISOString() } },
    overrideAccess: true,
    req,
  })
  return docs.length
}
