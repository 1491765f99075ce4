import { withChinese } from '../model/vocabulary'

// The states of a contact request and the moves between them. The collection's hooks enforce
// this table on every update; nothing else decides what may follow what.

export const REQUEST_STATUSES = [
  { value: 'unconfirmed', label: 'Unconfirmed (email not yet confirmed)' },
  { value: 'received', label: 'Received' },
  { value: 'needs_info', label: 'Needs information' },
  { value: 'in_review', label: 'In review' },
  { value: 'removed', label: 'Removed' },
  { value: 'counter_noticed', label: 'Counter-notice received (restoring on a date)' },
  { value: 'edited', label: 'Edited (credit added or corrected)' },
  { value: 'declined', label: 'Declined' },
  { value: 'reinstated', label: 'Reinstated' },
  { value: 'withdrawn', label: 'Withdrawn' },
  { value: 'abusive', label: 'Abusive' },
  { value: 'void', label: 'Void (content already gone)' },
  { value: 'answered', label: 'Answered (enquiries)' },
] as const
export type RequestStatus = (typeof REQUEST_STATUSES)[number]['value']

/** The statuses in Chinese, for the admin in Chinese (the emails name decisions in their own words). */
export const REQUEST_STATUS_ZH: Record<RequestStatus, string> = {
  unconfirmed: '未确认（邮件尚未确认）',
  received: '已收到',
  needs_info: '需补充材料',
  in_review: '审核中',
  removed: '已删除',
  counter_noticed: '已收到反通知（到期恢复）',
  edited: '已修改（补充或更正署名）',
  declined: '不予采取措施',
  reinstated: '已恢复',
  withdrawn: '已撤回',
  abusive: '认定为滥用通知',
  void: '无效（内容已不存在）',
  answered: '已答复（一般咨询）',
}

/** The statuses as admin menu options, in English and Chinese. */
export const bilingualStatuses = () => withChinese(REQUEST_STATUSES, REQUEST_STATUS_ZH)
export type RequestKind = 'enquiry' | 'removal'

const SIDE_EXITS: RequestStatus[] = ['withdrawn', 'abusive', 'void']

/**
 * Moves staff may make, per kind and current status. `unconfirmed → received` is missing on
 * purpose: only the notifier's email confirmation makes it (see SYSTEM_TRANSITIONS).
 * Enquiries change no content, so they skip confirmation and end as `answered`.
 */
export const allowedTransitions: Record<RequestKind, Partial<Record<RequestStatus, RequestStatus[]>>> = {
  removal: {
    unconfirmed: ['abusive', 'void'],
    received: ['needs_info', 'in_review', ...SIDE_EXITS],
    needs_info: ['received', ...SIDE_EXITS],
    in_review: ['removed', 'edited', 'declined', ...SIDE_EXITS],
    removed: ['reinstated'],
    // A counter-notice started the restoration clock: staff restore at once (条例 17), or record
    // that the notifier has gone to court or to an authority, which keeps the content down.
    counter_noticed: ['reinstated', 'removed', 'withdrawn'],
    // Reconsideration, as the redress text promises: reviewed again by another member of staff
    // (enforceWorkflow refuses the one who took the decision).
    declined: ['in_review'],
    edited: ['in_review'],
  },
  enquiry: {
    received: ['needs_info', 'in_review', 'answered', 'abusive'],
    needs_info: ['received', 'answered', 'withdrawn'],
    in_review: ['answered', 'abusive'],
  },
}

/** Moves made by the server itself on the public's behalf, never through the admin. */
export const SYSTEM_TRANSITIONS: { from: RequestStatus; to: RequestStatus; why: string }[] = [
  { from: 'unconfirmed', to: 'received', why: 'the notifier confirmed their email address' },
  ...(['removed', 'received', 'needs_info', 'in_review'] as const).map((from) => ({
    from,
    to: 'counter_noticed' as const,
    why: 'the person whose material it hid files a counter-notice',
  })),
  {
    from: 'counter_noticed',
    to: 'reinstated',
    why: 'the restoration date comes with no court action or complaint recorded',
  },
]

/** Marks the server's restoration on the date a counter-notice set (src/jobs/restoreAfterCounterNotice.ts). */
export const RESTORATION_TRANSITION = 'counter_noticed->reinstated'

/** Decisions a contest reopens for review by a different member of staff. */
export const RECONSIDERED_STATUSES: RequestStatus[] = ['declined', 'edited']

/** Marks an update as the server closing a request nobody answered (see src/jobs/closeUnanswered.ts). */
export const AUTO_CLOSE_CONTEXT = { autoClose: true } as const

/** Outcomes that must carry a statement of reasons (DSA art. 17) and are sent to the notifier. */
export const DECISION_STATUSES: RequestStatus[] = ['removed', 'edited', 'declined', 'reinstated', 'abusive']

/** Statuses still waiting for staff; the list view puts them first and checks their due date. */
export const OPEN_STATUSES: RequestStatus[] = ['unconfirmed', 'received', 'needs_info', 'in_review', 'counter_noticed']

export function initialStatus(kind: RequestKind): RequestStatus {
  return kind === 'removal' ? 'unconfirmed' : 'received'
}

export function nextStatuses(kind: RequestKind, from: RequestStatus): RequestStatus[] {
  return allowedTransitions[kind][from] ?? []
}

/**
 * What the admin's status menu offers on a saved request: where it stands and the moves staff may
 * make from there (moves the server makes itself are not offered). A new request offers all.
 */
export function statusChoices<T extends { value: string }>(
  kind: RequestKind | null | undefined,
  from: RequestStatus | null | undefined,
  options: T[],
): T[] {
  if (!kind || !from) return options
  const allowed = new Set<string>([from, ...nextStatuses(kind, from)])
  return options.filter((o) => allowed.has(o.value))
}

/** Why a move is refused, naming the moves that are allowed; null when it is allowed. */
export function transitionError(kind: RequestKind, from: RequestStatus, to: RequestStatus): string | null {
  if (from === to) return null
  const allowed = nextStatuses(kind, from)
  if (allowed.includes(to)) return null
  const system = SYSTEM_TRANSITIONS.find((t) => t.from === from && t.to === to)
  if (system) return `Only the server moves a request from '${from}' to '${to}', when ${system.why}.`
  const options = allowed.length ? `it can move to: ${allowed.join(', ')}` : 'it is closed and cannot move any more'
  return `A ${kind} request that is '${from}' cannot become '${to}'; ${options}.`
}
