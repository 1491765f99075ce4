import type { PayloadRequest } from 'payload'

import { parseDateList } from './businessDays'
import type { NoticeBasis } from './vocabulary'
import type { RequestStatus } from './workflow'
import { env } from '../config/env'

export type TakedownSettingsValues = {
  hideOnConfirmation: NoticeBasis[]
  /** IANA zone in which business days are counted (where staff work). */
  timeZone: string
  /** Business days from receipt to ask for missing information (or take the notice into review). */
  triageBusinessDays: number
  /** Business days from receipt to a decision when the content is hidden meanwhile. */
  hiddenDecisionBusinessDays: number
  /** Business days from receipt to a decision for every other request. */
  decisionBusinessDays: number
  /**
   * Business days from a counter-notice to the content's return, unless the notifier tells us
   * of a court action or complaint first (DMCA 512(g)(2)(C): no fewer than 10, no more than 14).
   */
  counterNoticeBusinessDays: number
  /** Calendar days a notifier has to answer a request for information before it closes. */
  needsInfoCloseDays: number
  /** Months after closure when the notifier's personal data is anonymised (never under 6). */
  retentionMonths: number
  confirmationHours: number
  redress: string
  /** Public holidays (local YYYY-MM-DD): not business days. */
  holidays: string[]
  /** Weekend days worked instead (local YYYY-MM-DD): business days. */
  workingWeekendDays: string[]
  /** Who receives notices (DMCA 512(c)(2) designated agent), as published on the site. */
  noticesContact: NoticesContact
}

export type NoticesContact = {
  name: string | null
  email: string | null
  postalAddress: string | null
  phone: string | null
}

export const MIN_RETENTION_MONTHS = 6
export const MIN_COUNTER_NOTICE_DAYS = 10
export const MAX_COUNTER_NOTICE_DAYS = 14

/**
 * Faster than any regime we answer to: notices about someone's work, image or personal data
 * take the content down as soon as they are confirmed, and are reviewed afterwards.
 */
export const DEFAULT_TAKEDOWN_SETTINGS: TakedownSettingsValues = {
  hideOnConfirmation: ['copyright', 'image', 'personal_data'],
  timeZone: 'Asia/Shanghai',
  triageBusinessDays: 1,
  hiddenDecisionBusinessDays: 2,
  decisionBusinessDays: 5,
  counterNoticeBusinessDays: 10,
  needsInfoCloseDays: 14,
  retentionMonths: 12,
  confirmationHours: 48,
  redress:
    'You can contest this decision by replying to this email with your reasons and any evidence; a different member of staff from the one who decided will review it again. You may also bring the matter before a court, or a complaint before the authority competent where you live.',
  holidays: [],
  workingWeekendDays: [],
  noticesContact: { name: null, email: null, postalAddress: null, phone: null },
}

/**
 * Defaults an earlier release stored in the settings (the database column's default): read as
 * today's default. The first promised an EU out-of-court body, which DSA art. 21 offers only
 * against online platforms; this archive is not one.
 */
const SUPERSEDED_REDRESS = [
  'You can contest this decision by replying to this email with your reasons and any evidence; a different member of staff will review it. You may also bring the matter before a court or, in the EU, an out-of-court dispute settlement body.',
]

const datesIn = (text: unknown): string[] => {
  const parsed = parseDateList(text)
  return 'dates' in parsed ? parsed.dates : []
}

export async function loadTakedownSettings(req: PayloadRequest): Promise<TakedownSettingsValues> {
  const stored = (await req.payload.findGlobal({
    slug: 'takedown-settings',
    overrideAccess: true,
    depth: 0,
    req,
  })) as Omit<Partial<TakedownSettingsValues>, 'holidays' | 'workingWeekendDays' | 'noticesContact'> & {
    holidays?: string | null
    workingWeekendDays?: string | null
    noticesContact?: Partial<NoticesContact> | null
  }
  const contact = stored.noticesContact ?? {}
  const filled = (v: string | null | undefined) => (v && v.trim() ? v.trim() : null)
  return {
    hideOnConfirmation: (stored.hideOnConfirmation ?? DEFAULT_TAKEDOWN_SETTINGS.hideOnConfirmation) as NoticeBasis[],
    timeZone: stored.timeZone || DEFAULT_TAKEDOWN_SETTINGS.timeZone,
    triageBusinessDays: stored.triageBusinessDays ?? DEFAULT_TAKEDOWN_SETTINGS.triageBusinessDays,
    hiddenDecisionBusinessDays:
      stored.hiddenDecisionBusinessDays ?? DEFAULT_TAKEDOWN_SETTINGS.hiddenDecisionBusinessDays,
    decisionBusinessDays: stored.decisionBusinessDays ?? DEFAULT_TAKEDOWN_SETTINGS.decisionBusinessDays,
    counterNoticeBusinessDays: Math.min(
      MAX_COUNTER_NOTICE_DAYS,
      Math.max(
        MIN_COUNTER_NOTICE_DAYS,
        stored.counterNoticeBusinessDays ?? DEFAULT_TAKEDOWN_SETTINGS.counterNoticeBusinessDays,
      ),
    ),
    needsInfoCloseDays: stored.needsInfoCloseDays ?? DEFAULT_TAKEDOWN_SETTINGS.needsInfoCloseDays,
    retentionMonths: Math.max(
      MIN_RETENTION_MONTHS,
      stored.retentionMonths ?? DEFAULT_TAKEDOWN_SETTINGS.retentionMonths,
    ),
    confirmationHours: stored.confirmationHours ?? DEFAULT_TAKEDOWN_SETTINGS.confirmationHours,
    redress:
      stored.redress && !SUPERSEDED_REDRESS.includes(stored.redress)
        ? stored.redress
        : DEFAULT_TAKEDOWN_SETTINGS.redress,
    holidays: datesIn(stored.holidays),
    workingWeekendDays: datesIn(stored.workingWeekendDays),
    noticesContact: {
      name: filled(contact.name),
      email: filled(contact.email),
      postalAddress: filled(contact.postalAddress),
      phone: filled(contact.phone),
    },
  }
}

/**
 * Statuses in which a notice keeps its targets hidden, whatever its basis. A counter-notice
 * does not bring content back by itself: it stays down until the restoration date.
 */
const ALWAYS_HIDDEN: RequestStatus[] = ['removed', 'counter_noticed']
/** Statuses of a confirmed notice still awaiting a decision: hidden only for bases the settings name. */
const PENDING: RequestStatus[] = ['received', 'needs_info', 'in_review']

/**
 * Whether a removal notice in `status` on `basis` keeps its target content hidden. A notice
 * whose automatic hide was withheld (the ceiling below) hides nothing until staff decide.
 */
export function noticeHidesContent(
  status: RequestStatus,
  basis: NoticeBasis,
  settings: TakedownSettingsValues,
  autoHideWithheld?: string | null,
): boolean {
  if (ALWAYS_HIDDEN.includes(status)) return true
  return PENDING.includes(status) && settings.hideOnConfirmation.includes(basis) && !autoHideWithheld
}

/**
 * How many notices one sender, and one mail domain, may have hide content in 30 days before the
 * next waits for review instead (issue 19): with a solved proof of work and a catch-all mail
 * domain, one person could otherwise hide much of the site, ten addresses per notice. Counted
 * over the notices whose content is or was hidden (on confirmation or by decision). Defaults 3
 * and 20 (AUTO_HIDE_LIMIT_PER_SENDER, AUTO_HIDE_LIMIT_PER_DOMAIN).
 */
export function autoHideCeiling(): { perSender: number; perDomain: number; windowDays: number } {
  const settings = env()
  return {
    perSender: settings.AUTO_HIDE_LIMIT_PER_SENDER,
    perDomain: settings.AUTO_HIDE_LIMIT_PER_DOMAIN,
    windowDays: 30,
  }
}

export const HIDING_CANDIDATE_STATUSES: RequestStatus[] = [...ALWAYS_HIDDEN, ...PENDING]
