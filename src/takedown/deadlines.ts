import { addCalendarDays, businessDeadline } from './businessDays'
import type { TakedownSettingsValues } from './policy'
import type { NoticeBasis } from './vocabulary'
import type { RequestKind, RequestStatus } from './workflow'

// Which deadline a request shows depends on whose move it is. While it waits for staff, `dueAt`
// is the next thing staff owe (triage first, then the decision); while it waits for the
// notifier (`needs_info`), it is the day it closes unanswered. The decision deadline itself is
// fixed once, when the notice is received, in `decisionDueAt`.

export type Deadlines = {
  dueAt?: string | null
  decisionDueAt?: string | null
  infoRequestedAt?: string | null
  restoreAt?: string | null
}

/** Deadline of the decision, counted from receipt (confirmation, or the notifier's reply). */
export function decisionDeadline(
  kind: RequestKind,
  basis: NoticeBasis | null | undefined,
  receivedAt: Date,
  s: TakedownSettingsValues,
): Date {
  const hidden = kind === 'removal' && !!basis && s.hideOnConfirmation.includes(basis)
  return businessDeadline(receivedAt, hidden ? s.hiddenDecisionBusinessDays : s.decisionBusinessDays, s.timeZone, s)
}

/**
 * The deadline fields to store when a request enters `to` at `now`. `current` is what is
 * stored already (the decision deadline survives a move into review).
 */
export function deadlinesOnEntering(
  to: RequestStatus,
  request: { kind: RequestKind; basis?: NoticeBasis | null; decisionDueAt?: string | null },
  now: Date,
  s: TakedownSettingsValues,
): Deadlines {
  switch (to) {
    case 'received': {
      const decision = decisionDeadline(request.kind, request.basis, now, s)
      const triage = businessDeadline(now, s.triageBusinessDays, s.timeZone, s)
      const next = triage.getTime() < decision.getTime() ? triage : decision
      return { decisionDueAt: decision.toISOString(), dueAt: next.toISOString() }
    }
    case 'in_review':
      return { dueAt: request.decisionDueAt ?? decisionDeadline(request.kind, request.basis, now, s).toISOString() }
    case 'needs_info':
      return { infoRequestedAt: now.toISOString(), dueAt: addCalendarDays(now, s.needsInfoCloseDays).toISOString() }
    case 'counter_noticed': {
      // The day the content returns unless staff record a court action or complaint first; it is
      // also what staff owe by then.
      const restoreAt = businessDeadline(now, s.counterNoticeBusinessDays, s.timeZone, s).toISOString()
      return { restoreAt, dueAt: restoreAt }
    }
    default:
      return {}
  }
}

/** Whether an open request's staff deadline has passed (a `needs_info` one is waiting on the notifier). */
export function isOverdue(doc: { status?: string | null; dueAt?: string | null }, now = new Date()): boolean {
  if (!doc.dueAt || !['received', 'in_review'].includes(String(doc.status))) return false
  return new Date(doc.dueAt).getTime() < now.getTime()
}
