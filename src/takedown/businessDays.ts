import { TZDate } from '@date-fns/tz'
import { addDays, endOfDay, isWeekend, startOfDay } from 'date-fns'

// Deadlines are promised in business days where the site's staff work, so they are computed
// in the site's time zone: a notice received late on a Friday in Chongqing is a Friday notice
// there, whatever the server's clock says. Public holidays are not counted (yet): a weekday is
// a business day.

/**
 * The end (23:59:59.999 local time) of the `days`-th business day after the local day of
 * `start`. With `days` = 0, the end of the start day itself (or, on a weekend, of the next
 * business day).
 */
export function businessDeadline(start: Date | string, days: number, timeZone: string): Date {
  let day = startOfDay(new TZDate(new Date(start).getTime(), timeZone))
  if (days === 0) {
    while (isWeekend(day)) day = addDays(day, 1)
    return new Date(endOfDay(day).getTime())
  }
  let counted = 0
  while (counted < days) {
    day = addDays(day, 1)
    if (!isWeekend(day)) counted++
  }
  return new Date(endOfDay(day).getTime())
}

/** Whether `timeZone` is an IANA zone this runtime knows (used to validate the settings). */
export function isTimeZone(timeZone: unknown): boolean {
  if (typeof timeZone !== 'string' || !timeZone) return false
  try {
    new Intl.DateTimeFormat('en', { timeZone })
    return true
  } catch {
    return false
  }
}

/** Calendar days (not business days): the notifier's time to answer a request for information. */
export const addCalendarDays = (start: Date | string, days: number) => new Date(new Date(start).getTime() + days * 24 * 60 * 60_000)
