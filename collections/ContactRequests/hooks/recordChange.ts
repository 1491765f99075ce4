import type { CollectionAfterChangeHook, FlattenedField } from 'payload'

import type { ContactRequest } from '../../../src/payload-types'
import { appendAudit } from '../../../src/takedown/audit'
import { applyTakedownEffect, type ContentTarget, contentFingerprint } from '../../../src/takedown/contentEffect'
import { queueMessage } from '../../../src/takedown/notify'
import { loadTakedownSettings, noticeHidesContent } from '../../../src/takedown/policy'
import { referenceFor } from '../../../src/takedown/reference'
import { takeSnapshots } from '../../../src/takedown/snapshots'
import { DECISION_STATUSES, type RequestKind, RESTORATION_TRANSITION } from '../../../src/takedown/workflow'

// Fields whose change is not worth an audit line on its own (bookkeeping the server does).
const UNAUDITED = new Set(['updatedAt', 'createdAt', 'openRank', 'reference'])

/**
 * Join fields (lists of other documents) change when those documents do, and virtual fields are
 * never stored: neither is a change of the request.
 */
const notStoredHere = (fields: FlattenedField[]) =>
  new Set(fields.filter((f) => f.type === 'join' || ('virtual' in f && f.virtual)).map((f) => f.name))

function targetsOf(doc: {
  urls?: { targetCollection?: string | null; contentId?: string | null }[] | null
}): ContentTarget[] {
  return (doc.urls ?? []).flatMap((u) =>
    u.targetCollection && u.contentId
      ? [{ collection: u.targetCollection as ContentTarget['collection'], contentId: u.contentId }]
      : [],
  )
}

function actorLabel(req: Parameters<CollectionAfterChangeHook>[0]['req'], operation: string): string {
  // Role and account number, never the email: staff read the trail, and only admins may read
  // other accounts' addresses (the `actor` relationship names the account for them).
  if (req.user)
    return `${((req.user as { roles?: string[] }).roles ?? []).join(', ') || 'no role'} (user ${req.user.id})`
  const system = String(req.context?.systemTransition ?? '')
  if (system === RESTORATION_TRANSITION) return 'server (restoration date reached)'
  if (system.endsWith('->counter_noticed')) return 'affected party (counter-notice)'
  if (system) return 'notifier (email confirmation)'
  if (req.context?.autoClose) return 'server (no reply to the request for information)'
  return operation === 'create' ? 'public submission' : 'server'
}

/** The emails a status change sends (see docs/takedown.md for the table). */
async function queueStatusMessages(
  req: Parameters<CollectionAfterChangeHook>[0]['req'],
  doc: ContactRequest,
  from: string,
) {
  if (doc.kind === 'removal' && from === 'unconfirmed' && doc.status === 'received') {
    await queueMessage(req, 'receipt', doc.id)
    await queueMessage(req, 'staffNotice', doc.id)
    if (doc.basis && noticeHidesContent('received', doc.basis, await loadTakedownSettings(req), doc.autoHideWithheld))
      await queueMessage(req, 'hidden', doc.id)
  }
  if (doc.status === 'needs_info') await queueMessage(req, 'needsInfo', doc.id)
  // The restoration clock: the notifier gets a copy of the counter-notice and the date; whoever
  // filed it hears the date, and then the outcome.
  if (doc.status === 'counter_noticed') {
    await queueMessage(req, 'counterNoticeCopy', doc.id)
    await queueMessage(req, 'counterNoticeReceipt', doc.id)
  }
  if (from === 'counter_noticed' && doc.status !== 'counter_noticed')
    await queueMessage(req, 'counterNoticeOutcome', doc.id, doc.status)
  // A reinstatement is announced to the notifier first; that job queues the decision once sent.
  if (doc.kind === 'removal' && doc.status === 'reinstated') await queueMessage(req, 'reinstatementNotice', doc.id)
  else if (doc.kind === 'removal' && DECISION_STATUSES.includes(doc.status))
    await queueMessage(req, 'decision', doc.id, doc.status)
}

/**
 * Whoever the material came from, once staff know their email, is told of each measure on it
 * with the notice (sender withheld) and the statement of reasons (条例 15, Civil Code 1195(2),
 * DSA 17): content hidden pending review, or removed or edited by decision, which invites a
 * counter-notice. Told when the measure is taken, or when staff first fill in the address;
 * not again when a counter-notice led back to `removed` (they have answered already).
 */
async function tellTheSource(
  req: Parameters<CollectionAfterChangeHook>[0]['req'],
  doc: ContactRequest,
  previousEmail: string | null | undefined,
  from: string | null,
) {
  const email = doc.affectedParty?.email
  if (doc.kind !== 'removal' || !email || from === null) return
  const newlyKnown = email !== previousEmail
  const moved = from !== doc.status
  if (doc.status === 'removed' || doc.status === 'edited') {
    if ((moved && from !== 'counter_noticed') || newlyKnown)
      await queueMessage(req, 'counterNoticeInvitation', doc.id, doc.status)
    return
  }
  if (!newlyKnown && !(moved && from === 'unconfirmed')) return
  const settings = await loadTakedownSettings(req)
  if (doc.hiddenAt && doc.basis && noticeHidesContent(doc.status, doc.basis, settings, doc.autoHideWithheld))
    await queueMessage(req, 'sourceHidden', doc.id)
}

/**
 * After a request is saved: give it its reference and send the sender's email (on create),
 * append the audit entry, and bring the targeted content's visibility in line with the new
 * status (which purges the public cache when it changes).
 */
export const recordChange: CollectionAfterChangeHook = async ({ collection, doc, previousDoc, operation, req }) => {
  const kind = doc.kind as RequestKind
  if (operation === 'create') {
    doc.reference = referenceFor(kind, doc.id, doc.createdAt)
    await req.payload.db.updateOne({
      collection: 'contact-requests',
      id: doc.id,
      data: { reference: doc.reference },
      req,
    })
    await queueMessage(req, kind === 'removal' ? 'confirm' : 'enquiryReceipt', doc.id)
  }

  const from = operation === 'create' ? null : (previousDoc?.status ?? null)
  const derived = notStoredHere(collection.flattenedFields)
  const changedFields =
    operation === 'create'
      ? ['created']
      : Object.keys(doc).filter(
          (key) =>
            !UNAUDITED.has(key) && !derived.has(key) && JSON.stringify(doc[key]) !== JSON.stringify(previousDoc?.[key]),
        )
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

  // The content as it stood when this notice first hid it, before the hide changes anything.
  if (kind === 'removal' && doc.hiddenAt && !previousDoc?.hiddenAt) await takeSnapshots(req, doc)
  if (kind === 'removal' && operation === 'update' && from !== doc.status && targets.length) {
    await applyTakedownEffect(req, targets, `${doc.reference} ${from ?? 'new'} → ${doc.status}`)
  }
  if (from !== null && from !== doc.status) await queueStatusMessages(req, doc, from)
  await tellTheSource(req, doc, previousDoc?.affectedParty?.email, from)
  return doc
}
