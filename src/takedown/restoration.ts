import type { PayloadRequest } from 'payload'

import { loadTakedownSettings, noticeHidesContent, type TakedownSettingsValues } from './policy'
import type { StatementOfReasons } from './reasons'
import type { NoticeBasis } from './vocabulary'
import type { RequestStatus } from './workflow'

// The restoration clock (DMCA 512(g)(2)(B)–(C), 条例 16–17, Civil Code 1196). A counter-notice
// against content a notice keeps hidden moves the notice to `counter_noticed` and sets the day
// the content returns; the notifier gets a copy at once. Staff can restore earlier, or record
// that the notifier went to court or to an authority, which keeps the content down. Otherwise
// the server restores it on that day (src/jobs/restoreAfterCounterNotice.ts).

type Notice = {
  id: number | string
  kind?: string | null
  status?: string | null
  basis?: string | null
  autoHideWithheld?: string | null
  actionFiledAt?: string | null
}

/**
 * Whether a counter-notice against `notice` starts the clock: its content is hidden by it now
 * (removed, or hidden pending review) and no court action or complaint has been recorded.
 * An `edited` notice left the material up, so there is nothing to restore.
 */
export function startsRestorationClock(notice: Notice, settings: TakedownSettingsValues): boolean {
  if (notice.kind !== 'removal' || notice.actionFiledAt || !notice.basis) return false
  return noticeHidesContent(
    notice.status as RequestStatus,
    notice.basis as NoticeBasis,
    settings,
    notice.autoHideWithheld,
  )
}

/** Moves the notice a counter-notice names to `counter_noticed`, in the filing's transaction. */
export async function startRestorationClock(req: PayloadRequest, notice: Notice): Promise<boolean> {
  if (!startsRestorationClock(notice, await loadTakedownSettings(req))) return false
  await req.payload.update({
    collection: 'contact-requests',
    id: notice.id,
    data: { status: 'counter_noticed' },
    overrideAccess: true,
    req,
    context: { systemTransition: `${notice.status}->counter_noticed` },
  })
  return true
}

const day = (iso: string | null | undefined, timeZone: string) =>
  iso ? new Date(iso).toLocaleDateString('en-GB', { dateStyle: 'long', timeZone }) : 'the restoration date'

/** The statement of reasons of the server's own restoration: what happened, and that no person decided. */
export function restorationStatement(
  notice: { reference?: string | null; restoreAt?: string | null; reasons?: StatementOfReasons | null },
  settings: TakedownSettingsValues,
): StatementOfReasons {
  return {
    scope: notice.reasons?.scope?.trim() || `All content named in notice ${notice.reference ?? ''}.`,
    facts: `The person whose material notice ${notice.reference ?? ''} concerned filed a counter-notice. By ${day(notice.restoreAt, settings.timeZone)}, the date set when it was received (${settings.counterNoticeBusinessDays} business days), the notifier had not told us of a court action or a complaint to an authority about the material, so access was restored.`,
    ground: 'not_established',
    groundDetail: null,
    redress: settings.redress,
    automated: true,
  }
}
