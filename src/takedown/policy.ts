import type { PayloadRequest } from 'payload'

import type { NoticeBasis } from './vocabulary'
import type { RequestStatus } from './workflow'

export type TakedownSettingsValues = {
  hideOnConfirmation: NoticeBasis[]
  dueDays: number
  confirmationHours: number
  redress: string
}

/**
 * Faster than any regime we answer to: notices about someone's work, image or personal data
 * take the content down as soon as they are confirmed, and are reviewed afterwards.
 */
export const DEFAULT_TAKEDOWN_SETTINGS: TakedownSettingsValues = {
  hideOnConfirmation: ['copyright', 'image', 'personal_data'],
  dueDays: 2,
  confirmationHours: 48,
  redress:
    'You can contest this decision by replying to this email with your reasons and any evidence; a different member of staff will review it. You may also bring the matter before a court or, in the EU, an out-of-court dispute settlement body.',
}

export async function loadTakedownSettings(req: PayloadRequest): Promise<TakedownSettingsValues> {
  const stored = (await req.payload.findGlobal({ slug: 'takedown-settings', overrideAccess: true, depth: 0, req })) as Partial<TakedownSettingsValues>
  return {
    hideOnConfirmation: (stored.hideOnConfirmation ?? DEFAULT_TAKEDOWN_SETTINGS.hideOnConfirmation) as NoticeBasis[],
    dueDays: stored.dueDays ?? DEFAULT_TAKEDOWN_SETTINGS.dueDays,
    confirmationHours: stored.confirmationHours ?? DEFAULT_TAKEDOWN_SETTINGS.confirmationHours,
    redress: stored.redress || DEFAULT_TAKEDOWN_SETTINGS.redress,
  }
}

/** Statuses in which a notice keeps its targets hidden, whatever its basis. */
const ALWAYS_HIDDEN: RequestStatus[] = ['removed']
/** Statuses of a confirmed notice still awaiting a decision: hidden only for bases the settings name. */
const PENDING: RequestStatus[] = ['received', 'needs_info', 'in_review']

/** Whether a removal notice in `status` on `basis` keeps its target content hidden. */
export function noticeHidesContent(status: RequestStatus, basis: NoticeBasis, settings: TakedownSettingsValues): boolean {
  if (ALWAYS_HIDDEN.includes(status)) return true
  return PENDING.includes(status) && settings.hideOnConfirmation.includes(basis)
}

export const HIDING_CANDIDATE_STATUSES: RequestStatus[] = [...ALWAYS_HIDDEN, ...PENDING]
