import { payloadClient } from './payloadClient'
import {
  periodOf,
  parsePeriod,
  type Period,
  transparencyReport,
  type TransparencyReport,
} from '../takedown/transparency'

/** The half-year asked for, or the current one; null when the key is malformed. */
export function requestedPeriod(key: unknown, now = new Date()): Period | null {
  return key === undefined || key === null || key === '' ? parsePeriod(periodOf(now)) : parsePeriod(key)
}

/** Half-years from the first edition of the archive's takedown service to now, newest first. */
export function availablePeriods(now = new Date(), from = 2026): string[] {
  const keys: string[] = []
  for (let year = now.getUTCFullYear(); year >= from; year--) for (const half of [2, 1]) keys.push(`${year}-H${half}`)
  const current = periodOf(now)
  return keys.filter((k) => k <= current)
}

export async function reportFor(period: Period): Promise<TransparencyReport> {
  return transparencyReport(await payloadClient(), period)
}
