import { HOST_ROLES, labelOf, type HostRole } from '../model/vocabulary'

// Dates are calendar days stored at noon UTC; format them in UTC so every visitor sees the same day.

const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', timeZone: 'UTC' })
const dayMonth = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', timeZone: 'UTC' })
const full = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
const monthYear = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' })

/** "23–25 August 2018", "30 August – 2 September 2019", or one day when the end is unknown. */
export function formatDateRange(start: string, end?: string | null): string {
  const s = new Date(start)
  if (!end) return full.format(s)
  const e = new Date(end)
  const sameYear = s.getUTCFullYear() === e.getUTCFullYear()
  const sameMonth = sameYear && s.getUTCMonth() === e.getUTCMonth()
  if (sameMonth && s.getUTCDate() === e.getUTCDate()) return full.format(s)
  if (sameMonth) return `${day.format(s)}–${full.format(e)}`
  if (sameYear) return `${dayMonth.format(s)} – ${full.format(e)}`
  return `${full.format(s)} – ${full.format(e)}`
}

export function formatDate(value: string): string {
  return full.format(new Date(value))
}

export function formatMonthYear(value: string): string {
  return monthYear.format(new Date(value))
}

/** Date part only, as schema.org and sitemaps expect. */
export function isoDay(value: string): string {
  return new Date(value).toISOString().slice(0, 10)
}

/** "Co-host in 2018, 2019 and 2020; partner in 2021": an organization's part in the expo, role by role. */
export function formatHostingRecord(editions: { year: number; role: HostRole }[]): string {
  const parts = HOST_ROLES.flatMap(({ value }) => {
    const years = editions.filter((e) => e.role === value).map((e) => String(e.year))
    if (!years.length) return []
    const list = years.length > 1 ? `${years.slice(0, -1).join(', ')} and ${years.at(-1)}` : years[0]
    return [`${labelOf(HOST_ROLES, value).toLowerCase()} in ${list}`]
  })
  const text = parts.join('; ')
  return text.charAt(0).toUpperCase() + text.slice(1)
}
