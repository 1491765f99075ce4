import { type CollectionBeforeChangeHook, ValidationError } from 'payload'

import { autoHideWithheldReason } from '../../../src/takedown/autoHideCeiling'
import { deadlinesOnEntering } from '../../../src/takedown/deadlines'
import { loadTakedownSettings, noticeHidesContent } from '../../../src/takedown/policy'
import { sameStatement, statementErrors, type StatementOfReasons } from '../../../src/takedown/reasons'
import { restorationStatement } from '../../../src/takedown/restoration'
import {
  DECISION_STATUSES,
  initialStatus,
  OPEN_STATUSES,
  RECONSIDERED_STATUSES,
  RESTORATION_TRANSITION,
  type RequestKind,
  type RequestStatus,
  SYSTEM_TRANSITIONS,
  transitionError,
} from '../../../src/takedown/workflow'

const HOUR_MS = 60 * 60_000

/**
 * The workflow's gate. On create it sets the starting status (removal notices wait for email
 * confirmation) and the confirmation token; on update it allows only the moves in
 * allowedTransitions, and a decision only with a complete statement of reasons by a signed-in
 * person. Whoever calls (REST, GraphQL, admin, Local API with overrideAccess), the same rules hold.
 */
export const enforceWorkflow: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  operation,
  req,
  collection,
}) => {
  const now = Date.now()
  const settings = await loadTakedownSettings(req)
  const refuse = (path: string, message: string) => {
    throw new ValidationError({ collection: collection.slug, errors: [{ path, message }], req })
  }

  if (operation === 'create') {
    // An unknown kind is left for the field's own validation to refuse by name.
    const kind = (data.kind === 'removal' ? 'removal' : 'enquiry') as RequestKind
    data.kind ??= kind
    data.status = initialStatus(kind)
    data.openRank = 0
    if (kind === 'removal') {
      // The emailed token itself is made by the job that sends it (src/jobs/sendTakedownMail.ts).
      data.confirmationExpiresAt = new Date(now + settings.confirmationHours * HOUR_MS).toISOString()
    } else {
      Object.assign(data, deadlinesOnEntering('received', { kind }, new Date(now), settings))
    }
    return data
  }

  const kind = originalDoc.kind as RequestKind
  data.kind = kind // a request's kind is fixed at filing
  const from = originalDoc.status as RequestStatus
  const to = (data.status ?? from) as RequestStatus
  if (from === to) return data

  const system = SYSTEM_TRANSITIONS.find((t) => t.from === from && t.to === to)
  const isSystemMove = system && req.context?.systemTransition === `${from}->${to}`
  if (!isSystemMove) {
    const problem = transitionError(kind, from, to)
    if (problem) refuse('status', problem)
  }

  if (RECONSIDERED_STATUSES.includes(from) && to === 'in_review') {
    const decider = typeof originalDoc.decidedBy === 'object' ? originalDoc.decidedBy?.id : originalDoc.decidedBy
    if (!req.user) refuse('status', 'A decision is reopened by a member of staff, never by the server.')
    if (decider !== undefined && decider !== null && String(decider) === String(req.user!.id))
      refuse(
        'status',
        `You took the '${from}' decision; a different member of staff reviews it again, as the notifier was promised.`,
      )
  }

  if (isSystemMove && `${from}->${to}` === RESTORATION_TRANSITION) {
    // The one decision the server takes itself, on the date the counter-notice set.
    data.reasons = restorationStatement(originalDoc, settings)
    data.decidedBy = null
    data.decidedAt = new Date(now).toISOString()
    if (!originalDoc.firstActionAt) {
      data.firstAction = to
      data.firstActionAt = data.decidedAt
    }
  } else if (DECISION_STATUSES.includes(to)) {
    if (!req.user)
      refuse('status', 'A decision must be taken by a person signed in as staff; the server never decides on its own.')
    const reasons: StatementOfReasons = { ...(originalDoc.reasons ?? {}), ...(data.reasons ?? {}) }
    if (!reasons.redress?.trim()) reasons.redress = settings.redress
    const errors = statementErrors(reasons)
    if (DECISION_STATUSES.includes(from) && sameStatement(originalDoc.reasons, reasons)) {
      errors.push({
        path: 'reasons.facts',
        message: `This is a new decision; state the facts it rests on, not those of the '${from}' decision.`,
      })
    }
    if (errors.length) throw new ValidationError({ collection: collection.slug, errors, req })
    data.reasons = reasons
    data.decidedBy = req.user!.id
    data.decidedAt = new Date(now).toISOString()
    if (!originalDoc.firstActionAt) {
      data.firstAction = to
      data.firstActionAt = data.decidedAt
    }
  }

  if (from === 'counter_noticed' && to === 'removed') {
    // Only a court action or a complaint stops the clock (DMCA 512(g)(2)(C), 条例 17).
    if (!String(data.actionFiled ?? originalDoc.actionFiled ?? '').trim())
      refuse(
        'actionFiled',
        'A counter-notice was filed: the content stays removed only if the notifier has brought a court action or a complaint. Record which, and when they told us.',
      )
    data.actionFiledAt = new Date(now).toISOString()
  }
  if (to === 'needs_info' && !String(data.infoRequest ?? originalDoc.infoRequest ?? '').trim()) {
    refuse('infoRequest', 'Say what is missing from the request; the notifier receives it in the email asking for it.')
  }
  if (isSystemMove && from === 'unconfirmed') data.confirmedAt = new Date(now).toISOString()
  Object.assign(
    data,
    deadlinesOnEntering(
      to,
      { kind, basis: originalDoc.basis, decisionDueAt: originalDoc.decisionDueAt },
      new Date(now),
      settings,
    ),
  )
  // On confirmation a notice on a basis that hides at once is held to the ceiling on automatic
  // hides (src/takedown/autoHideCeiling.ts); past it, the content waits for staff's decision.
  if (
    kind === 'removal' &&
    isSystemMove &&
    from === 'unconfirmed' &&
    noticeHidesContent(to, originalDoc.basis, settings, null)
  )
    data.autoHideWithheld = await autoHideWithheldReason(req, String(originalDoc.email ?? ''), now)
  const withheld = data.autoHideWithheld ?? originalDoc.autoHideWithheld
  if (kind === 'removal' && !originalDoc.hiddenAt && noticeHidesContent(to, originalDoc.basis, settings, withheld))
    data.hiddenAt = new Date(now).toISOString()
  data.openRank = OPEN_STATUSES.includes(to) ? 0 : 1
  data.closedAt = OPEN_STATUSES.includes(to) ? null : (originalDoc.closedAt ?? new Date(now).toISOString())
  if (req.context?.autoClose && !OPEN_STATUSES.includes(to)) data.autoClosedAt = new Date(now).toISOString()
  return data
}
