import type { TakedownSettingsValues } from '../policy'
import type { StatementOfReasons } from '../reasons'

/** What a message template may use of a request. */
export type MessageRequest = {
  id: number | string
  kind: string
  name: string
  email: string
  reference?: string | null
  basis?: string | null
  relationship?: string | null
  status: string
  subject?: string | null
  message?: string | null
  urls?: { url: string; title?: string | null }[] | null
  originalWork?: string | null
  explanation?: string | null
  requestedAction?: string | null
  infoRequest?: string | null
  dueAt?: string | null
  decisionDueAt?: string | null
  reasons?: StatementOfReasons | null
  affectedParty?: { name?: string | null; email?: string | null; language?: string | null } | null
  autoHideWithheld?: string | null
  restoreAt?: string | null
  actionFiled?: string | null
}

/** The counter-notice a message is about (the latest on the notice), as filed. */
export type CounterNoticeCopy = {
  name: string
  email: string
  language?: string | null
  contact?: string | null
  address?: string | null
  phone?: string | null
  signature?: string | null
  material?: string | null
  statement?: string | null
  evidence?: string | null
  createdAt: string
}

export type MessageContext = {
  request: MessageRequest
  settings: TakedownSettingsValues
  siteUrl: string
  /** Confirmation link (confirm message only). */
  link?: string
  /** The counter-notice (restoration clock messages only). */
  counterNotice?: CounterNoticeCopy
  /** Overdue requests (staff digest only). */
  overdue?: MessageRequest[]
}

export type Rendered = { subject: string; text: string }

/** Messages to the notifier, in their language. */
export const NOTIFIER_MESSAGES = [
  'confirm',
  'enquiryReceipt',
  'receipt',
  'needsInfo',
  'hidden',
  'decision',
  'reinstatementNotice',
  'counterNoticeCopy',
] as const
/** Messages to the source or author of the material concerned, in their language. */
export const AFFECTED_PARTY_MESSAGES = ['counterNoticeInvitation', 'sourceHidden'] as const
/** Messages to whoever filed the latest counter-notice on the request, in their language. */
export const COUNTER_NOTIFIER_MESSAGES = ['counterNoticeReceipt', 'counterNoticeOutcome'] as const
/** Messages that quote or answer the counter-notice, so the sending job loads it. */
export const ABOUT_COUNTER_NOTICE: readonly MessageKind[] = ['counterNoticeCopy', ...COUNTER_NOTIFIER_MESSAGES]
/** Messages to staff, in English (the staff's working language). */
export const STAFF_MESSAGES = ['staffNotice', 'counterNotice', 'overdueDigest'] as const
export type NotifierMessage = (typeof NOTIFIER_MESSAGES)[number]
export type StaffMessage = (typeof STAFF_MESSAGES)[number]
export type AffectedPartyMessage = (typeof AFFECTED_PARTY_MESSAGES)[number]
export type CounterNotifierMessage = (typeof COUNTER_NOTIFIER_MESSAGES)[number]
export type MessageKind = NotifierMessage | StaffMessage | AffectedPartyMessage | CounterNotifierMessage

export type NotifierTemplates = Record<
  NotifierMessage | AffectedPartyMessage | CounterNotifierMessage,
  (c: MessageContext) => Rendered
>
