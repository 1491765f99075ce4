import type { CollectionAfterChangeHook } from 'payload'

import { appendAudit } from '../../../src/takedown/audit'
import { consumeChallenge } from '../../../src/takedown/challenge'
import { confirmationLink } from '../../../src/takedown/confirmation'
import { applyTakedownEffect, type ContentTarget, contentFingerprint } from '../../../src/takedown/contentEffect'
import { sendConfirmationEmail, sendDecisionEmail, sendEnquiryReceipt } from '../../../src/takedown/email'
import { loadTakedownSettings } from '../../../src/takedown/policy'
import { hit, SUBMISSION_LIMITS } from '../../../src/takedown/rateLimit'
import { referenceFor } from '../../../src/takedown/reference'
import { DECISION_STATUSES, type RequestKind } from '../../../src/takedown/workflow'
import type { AntiAbuseRecord } from './refuseAbuse'

// Fields whose change is not worth an audit line on its own (bookkeeping the server does).
const UNAUDITED = new Set(['updatedAt', 'createdAt', 'openRank', 'reference'])

function targetsOf(doc: { urls?: { targetCollection?: string | null; contentId?: string | null }[] | null }): ContentTarget[] {
  return (doc.urls ?? []).flatMap((u) => (u.targetCollection && u.contentId ? [{ collection: u.targetCollection as ContentTarget['collection'], contentId: u.contentId }] : []))
}

function actorLabel(req: Parameters<CollectionAfterChangeHook>[0]['req'], operation: string): string {
  if (req.user) return `${req.user.email} (${((req.user as { roles?: string[] }).roles ?? []).join(', ')})`
  if (req.context?.systemTransition) return 'notifier (email confirmation)'
  return operation === 'create' ? 'public submission' : 'server'
}

/**
 * After a request is saved: give it its reference and send the sender's email (on create),
 * append the audit entry, and bring the targeted content's visibility in line with the new
 * status (which purges the public cache when it changes).
 */
export const recordChange: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  const kind = doc.kind as RequestKind
  if (operation === 'create') {
    doc.reference = referenceFor(kind, doc.id, doc.createdAt)
    await req.payload.db.updateOne({ collection: 'contact-requests', id: doc.id, data: { reference: doc.reference }, req })
    const abuse = req.context?.antiAbuse as AntiAbuseRecord | undefined
    if (abuse) {
      await consumeChallenge(abuse.challenge)
      await hit(`submit-ip:${abuse.ip}`, abuse.withScript ? SUBMISSION_LIMITS.perIp : SUBMISSION_LIMITS.perIpWithoutScript)
      if (abuse.email) await hit(`submit-email:${abuse.email}`, SUBMISSION_LIMITS.perEmail)
    }
    if (kind === 'removal' && typeof req.context?.confirmationToken === 'string') {
      const settings = await loadTakedownSettings(req)
      sendConfirmationEmail(req, doc, confirmationLink(req.context.confirmationToken), settings.confirmationHours)
    } else {
      sendEnquiryReceipt(req, doc)
    }
  }

  const from = operation === 'create' ? null : (previousDoc?.status ?? null)
  const changedFields =
    operation === 'create'
      ? ['created']
      : Object.keys(doc).filter((key) => !UNAUDITED.has(key) && JSON.stringify(doc[key]) !== JSON.stringify(previousDoc?.[key]))
  const targets = targetsOf(doc)
  if (changedFields.length) {
    await appendAudit(req, {
      requestId: doc.id,
      reference: doc.reference ?? null,
      from,
      to: doc.status,
      changedFields,
      reasons: from !== doc.status && DECISION_STATUSES.includes(doc.status) ? doc.reasons : null,
      contentHash: targets.length ? await contentFingerprint(req, targets) : null,
      actorLabel: actorLabel(req, operation),
    })
  }

  if (kind === 'removal' && operation === 'update' && from !== doc.status && targets.length) {
    await applyTakedownEffect(req, targets, `${doc.reference} ${from ?? 'new'} → ${doc.status}`)
  }
  if (kind === 'removal' && from !== doc.status && DECISION_STATUSES.includes(doc.status)) sendDecisionEmail(req, doc)
  return doc
}
