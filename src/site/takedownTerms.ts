import { payloadClient } from './payloadClient'
import { loadTakedownSettings, type NoticesContact } from '../takedown/policy'

/**
 * What the removal form promises, from the takedown settings: decision deadlines in business
 * days (the same figures the workflow sets as due dates; the form said "two days" while the
 * default was five), how long personal data is kept after a request closes, and after how many
 * business days a counter-notice brings content back, and who receives notices.
 */
export async function getTakedownTerms(): Promise<{
  hidden: number
  other: number
  retentionMonths: number
  counterNoticeDays: number
  noticesContact: NoticesContact
  timeZone: string
}> {
  const payload = await payloadClient()
  const settings = await loadTakedownSettings({ payload } as never)
  return {
    hidden: settings.hiddenDecisionBusinessDays,
    other: settings.decisionBusinessDays,
    retentionMonths: settings.retentionMonths,
    counterNoticeDays: settings.counterNoticeBusinessDays,
    noticesContact: settings.noticesContact,
    timeZone: settings.timeZone,
  }
}
