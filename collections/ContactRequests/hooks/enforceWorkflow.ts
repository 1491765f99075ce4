import { type CollectionBeforeChangeHook, ValidationError } from 'payload'

import { newConfirmationToken } from '../../../src/takedown/confirmation'
import { loadTakedownSettings } from '../../../src/takedown/policy'
import { sameStatement, statementErrors, type StatementOfReasons } from '../../../src/takedown/reasons'
import {
  DECISION_STATUSES,
  initialStatus,
  OPEN_STATUSES,
  type RequestKind,
  type RequestStatus,
  SYSTEM_TRANSITIONS,
  transitionError,
} from '../../../src/takedown/workflow'

const DAY_MS = 24 * 60 * 60_000
const HOUR_MS = 60 * 60_000

/**
 * The workflow's gate. On create it sets the starting status (removal notices wait for email
 * confirmation) and the confirmation token; on update it allows only the moves in
 * allowedTransitions, and a decision only with a complete statement of reasons by a signed-in
 * person. Whoever calls (REST, GraphQL, admin, Local API with overrideAccess), the same rules hold.
 */
export const enforceWorkflow: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req, collection }) => {
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
      const { token, hash } = newConfirmationToken()
      data.confirmationTokenHash = hash
      data.confirmationExpiresAt = new Date(now + settings.confirmationHours * HOUR_MS).toISOString()
      req.context.confirmationToken = token
    } else {
      data.dueAt = new Date(now + settings.dueDays * DAY_MS).toISOString()
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

  if (DECISION_STATUSES.includes(to)) {
    if (!req.user) refuse('status', 'A decision must be taken by a person signed in as staff; the server never decides on its own.')
    const reasons: StatementOfReasons = { ...(originalDoc.reasons ?? {}), ...(data.reasons ?? {}) }
    if (!reasons.redress?.trim()) reasons.redress = settings.redress
    const errors = statementErrors(reasons)
    if (DECISION_STATUSES.includes(from) && sameStatement(originalDoc.reasons, reasons)) {
      errors.push({ path: 'reasons.facts', message: `This is a new decision; state the facts it rests on, not those of the '${from}' decision.` })
    }
    if (errors.length) throw new ValidationError({ collection: collection.slug, errors, req })
    data.reasons = reasons
    data.decidedBy = req.user!.id
    data.decidedAt = new Date(now).toISOString()
  }

  if (isSystemMove && from === 'unconfirmed') {
    data.confirmedAt = new Date(now).toISOString()
    data.dueAt = new Date(now + settings.dueDays * DAY_MS).toISOString()
  }
  data.openRank = OPEN_STATUSES.includes(to) ? 0 : 1
  return data
}
