import type { Locale } from './locales'
import { HOST_ROLES, labelOf, type HostRole } from '../model/vocabulary'

// Dates are calendar days stored at noon UTC; format them in UTC so every visitor sees the same day.

const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', timeZone: 'UTC' })
const dayMonth = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', timeZone: 'UTC' })
const full = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })

const zhParts = (d: Date) => ({ y: `${d.getUTCFullYear()}年`, m: `${d.getUTCMonth() + 1}月`, d: `${d.getUTCDate()}日` })

/** "2019年8月26日–29日": Chinese ranges leave out what repeats, as Chinese typesetting does. */
function formatZhRange(s: Date, e?: Date): string {
  const a = zhParts(s)
  if (!e) return a.y + a.m + a.d
  const b = zhParts(e)
  if (a.y !== b.y) return `${a.y}${a.m}${a.d}–${b.y}${b.m}${b.d}`
  if (a.m !== b.m) return `${a.y}${a.m}${a.d}–${b.m}${b.d}`
  return a.d === b.d ? a.y + a.m + a.d : `${a.y}${a.m}${a.d}–${b.d}`
}

/** "23–25 August 2018", "30 August – 2 September 2019", or one day when the end is unknown; in Chinese "2019年8月26日–29日". */
export function formatDateRange(start: string, end?: string | null, locale: Locale = 'en'): string {
  const s = new Date(start)
  if (locale === 'zh') return formatZhRange(s, end ? new Date(end) : undefined)
  if (!end) return full.format(s)
  const e = new Date(end)
  const sameYear = s.getUTCFullYear() === e.getUTCFullYear()
  const sameMonth = sameYear && s.getUTCMonth() === e.getUTCMonth()
  if (sameMonth && s.getUTCDate() === e.getUTCDate()) return full.format(s)
  if (sameMonth) return `${day.format(s)}–${full.format(e)}`
  if (sameYear) return `${dayMonth.format(s)} – ${full.format(e)}`
  return `${full.format(s)} – ${full.format(e)}`
}

export function formatDate(value: string, locale: Locale = 'en'): string {
  return locale === 'zh' ? formatZhRange(new Date(value)) : full.format(new Date(value))
}

/** Date part only, as schema.org and sitemaps expect. */
export function isoDay(value: string): string {
  return new Date(value).toISOString().slice(0, 10)
}

/** "Co-host in 2018, 2019 and 2020; partner in 2021": an organization's part in the expo, role by role. */
export function formatHostingRecord(editions: { year: number; role: HostRole }[], locale: Locale = 'en'): string {
  if (locale === 'zh') return formatZhHostingRecord(editions)
  const parts = HOST_ROLES.flatMap(({ value }) => {
    const years = editions.filter((e) => e.role === value).map((e) => String(e.year))
    if (!years.length) return []
    const list = years.length > 1 ? `${years.slice(0, -1).join(', ')} and ${years.at(-1)}` : years[0]
    return [`${labelOf(HOST_ROLES, value).toLowerCase()} in ${list}`]
  })
  const text = parts.join('; ')
  return text.charAt(0).toUpperCase() + text.slice(1)
}

const ZH_ROLE: Record<HostRole, string> = {
  host: '主办',
  'co-host': '联合主办',
  'new-co-host': '新增联合主办',
  partner: '合作伙伴',
  participant: '参与',
}

/** "2018、2019年联合主办；2022年参与". */
function formatZhHostingRecord(editions: { year: number; role: HostRole }[]): string {
  return HOST_ROLES.flatMap(({ value }) => {
    const years = editions.filter((e) => e.role === value).map((e) => String(e.year))
    return years.length ? [`${years.join('、')}年${ZH_ROLE[value]}`] : []
  }).join('；')
}
