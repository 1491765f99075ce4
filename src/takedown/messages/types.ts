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
}

export type MessageContext = {
  request: MessageRequest
  settings: TakedownSettingsValues
  siteUrl: string
  /** Confirmation link (confirm message only). */
  link?: string
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
] as const
/** Messages to the source or author of the material concerned, in their language. */
export const AFFECTED_PARTY_MESSAGES = ['counterNoticeInvitation'] as const
/** Messages to staff, in English (the staff's working language). */
export const STAFF_MESSAGES = ['staffNotice', 'counterNotice', 'overdueDigest'] as const
export type NotifierMessage = (typeof NOTIFIER_MESSAGES)[number]
export type StaffMessage = (typeof STAFF_MESSAGES)[number]
export type AffectedPartyMessage = (typeof AFFECTED_PARTY_MESSAGES)[number]
export type MessageKind = NotifierMessage | StaffMessage | AffectedPartyMessage

export type NotifierTemplates = Record<NotifierMessage | AffectedPartyMessage, (c: MessageContext) => Rendered>
