import { TZDate } from '@date-fns/tz'
import { addDays, endOfDay, format, isWeekend, startOfDay } from 'date-fns'

// Deadlines are promised in business days where the site's staff work, so they are computed
// in the site's time zone: a notice received late on a Friday in Chongqing is a Friday notice
// there, whatever the server's clock says. A business day is a weekday that is not a public
// holiday, or a weekend day declared a working day (China moves working days onto weekends
// around its long holidays); both lists come from the takedown settings.

/** Local dates (YYYY-MM-DD) that break the Monday–Friday rule. */
export type WorkCalendar = { holidays?: readonly string[]; workingWeekendDays?: readonly string[] }

function isBusinessDay(day: Date, calendar: WorkCalendar): boolean {
  const key = format(day, 'yyyy-MM-dd')
  if (calendar.workingWeekendDays?.includes(key)) return true
  return !isWeekend(day) && !calendar.holidays?.includes(key)
}

/**
 * The end (23:59:59.999 local time) of the `days`-th business day after the local day of
 * `start`. With `days` = 0, the end of the start day itself (or, on a weekend, of the next
 * business day).
 */
export function businessDeadline(
  start: Date | string,
  days: number,
  timeZone: string,
  calendar: WorkCalendar = {},
): Date {
  let day = startOfDay(new TZDate(new Date(start).getTime(), timeZone))
  if (days === 0) {
    // Bounded: a calendar cannot make every day of a year a holiday and hang the server.
    for (let i = 0; i < 366 && !isBusinessDay(day, calendar); i++) day = addDays(day, 1)
    return new Date(endOfDay(day).getTime())
  }
  let counted = 0
  for (let i = 0; counted < days && i < 366 + days; i++) {
    day = addDays(day, 1)
    if (isBusinessDay(day, calendar)) counted++
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
export const addCalendarDays = (start: Date | string, days: number) =>
  new Date(new Date(start).getTime() + days * 24 * 60 * 60_000)

/**
 * Parses a settings list of local dates: one YYYY-MM-DD per line, anything after # a comment.
 * Returns the dates, or the first bad line for the validation message.
 */
export function parseDateList(text: unknown): { dates: string[] } | { error: string } {
  const dates: string[] = []
  for (const [i, raw] of String(text ?? '')
    .split('\n')
    .entries()) {
    const line = raw.replace(/#.*/, '').trim()
    if (!line) continue
    const valid =
      /^\d{4}-\d{2}-\d{2}$/.test(line) &&
      !Number.isNaN(Date.parse(`${line}T00:00:00Z`)) &&
      new Date(`${line}T00:00:00Z`).toISOString().startsWith(line)
    if (!valid)
      return {
        error: `Line ${i + 1} ("${raw.trim()}") is not a date; write one date per line as YYYY-MM-DD, e.g. 2026-10-01.`,
      }
    dates.push(line)
  }
  return { dates }
}
