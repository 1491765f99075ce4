import { TZDate } from '@date-fns/tz'
import { startOfMonth } from 'date-fns'
import type { Payload } from 'payload'

import { loadTakedownSettings } from './policy'
import { timing } from './transparency'
import { OPEN_STATUSES } from './workflow'

export type StaffStats = {
  open: number
  overdue: number
  decidedThisMonth: number
  medianHoursToDecision: number | null
  timeZone: string
}

/** The staff dashboard's four figures; "this month" is the calendar month in the site's time zone. */
export async function staffStats(payload: Payload, now = new Date()): Promise<StaffStats> {
  const settings = await loadTakedownSettings({ payload } as never)
  const monthStart = new Date(startOfMonth(new TZDate(now.getTime(), settings.timeZone)).getTime()).toISOString()
  const count = async (where: object) =>
    (await payload.count({ collection: 'contact-requests', where: where as never, overrideAccess: true })).totalDocs
  const open = await count({ status: { in: OPEN_STATUSES } })
  const overdue = await count({
    and: [{ status: { in: ['received', 'in_review'] } }, { dueAt: { less_than: now.toISOString() } }],
  })
  const decided = await payload.find({
    collection: 'contact-requests',
    where: {
      and: [{ decidedAt: { greater_than_equal: monthStart } }, { decidedAt: { less_than_equal: now.toISOString() } }],
    },
    select: { decidedAt: true, confirmedAt: true, createdAt: true },
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const hours = decided.docs.map(
    (d) => (new Date(d.decidedAt!).getTime() - new Date(d.confirmedAt ?? d.createdAt).getTime()) / 3_600_000,
  )
  return {
    open,
    overdue,
    decidedThisMonth: decided.docs.length,
    medianHoursToDecision: timing(hours).medianHours,
    timeZone: settings.timeZone,
  }
}
