import type { Payload } from 'payload'

import { NOTICE_BASES, NOTIFIER_RELATIONSHIPS } from './vocabulary'

// The transparency report: what happened to the removal notices received in one half-year,
// computed from the requests themselves every time it is shown (nothing typed in). A notice
// counts in the half-year in which its sender confirmed it (unconfirmed ones are not notices).

export const OUTCOMES = [
  'removed',
  'edited',
  'declined',
  'withdrawn',
  'abusive',
  'reinstated',
  'void',
  'pending',
] as const
export type Outcome = (typeof OUTCOMES)[number]

export type Period = { key: string; label: string; start: Date; end: Date }

/** '2026-H1' → 1 Jan–30 Jun 2026 (UTC); null for anything else. */
export function parsePeriod(key: unknown): Period | null {
  const m = typeof key === 'string' ? /^(\d{4})-H([12])$/.exec(key) : null
  if (!m) return null
  const year = Number(m[1])
  const half = Number(m[2])
  return {
    key,
    label: `${half === 1 ? 'January–June' : 'July–December'} ${year}`,
    start: new Date(Date.UTC(year, half === 1 ? 0 : 6, 1)),
    end: new Date(Date.UTC(half === 1 ? year : year + 1, half === 1 ? 6 : 0, 1)),
  } as Period
}

export function periodOf(date: Date): string {
  return `${date.getUTCFullYear()}-H${date.getUTCMonth() < 6 ? 1 : 2}`
}

export type Timing = { count: number; medianHours: number | null; p90Hours: number | null }

export type TransparencyReport = {
  period: string
  label: string
  notices: number
  byBasis: Record<string, number>
  byRelationship: Record<string, number>
  complete: number
  incomplete: number
  outcomes: Record<Outcome, number>
  times: { receiptToAcknowledgement: Timing; confirmationToHiding: Timing; receiptToDecision: Timing }
  reinstatements: number
  /** The first decision on each notice, kept when a later one replaces it (outcomes: where each stands now). */
  firstActions: Record<FirstAction, number>
  /** Decisions by the ground of their statement of reasons (law, terms, not established). */
  byGround: Record<string, number>
  /**
   * Measures the server took by rule, without a person: content hidden on confirmation while the
   * notice waits for review, and requests closed when a request for information went unanswered.
   * Decisions (removed, declined…) are only ever taken by staff.
   */
  automated: { hiddenOnConfirmation: number; closedWithoutAnswer: number; decisions: number }
  /**
   * Counter-notices filed in the period, and the restoration clock on the period's notices: how
   * many it started on, how many came back on the date or earlier by staff, how many stayed down
   * because the notifier went to court or to an authority, and how many are still waiting.
   */
  counterNotices: {
    received: number
    clockStarted: number
    restoredOnDate: number
    restoredEarly: number
    keptAfterAction: number
    awaiting: number
  }
  /** Notices filed in the period whose sender never confirmed them: received, not acted on. */
  unconfirmed: number
  generatedAt: string
}

export const FIRST_ACTIONS = ['removed', 'edited', 'declined', 'reinstated', 'abusive'] as const
type FirstAction = (typeof FIRST_ACTIONS)[number]
export const GROUNDS = ['law', 'terms', 'not_established'] as const

/** Median (mean of the middle two for an even count) and 90th percentile (nearest rank), in hours. */
export function timing(hours: number[]): Timing {
  if (!hours.length) return { count: 0, medianHours: null, p90Hours: null }
  const sorted = [...hours].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
  const p90 = sorted[Math.ceil(0.9 * sorted.length) - 1]
  const round = (n: number) => Math.round(n * 100) / 100
  return { count: sorted.length, medianHours: round(median), p90Hours: round(p90) }
}

type Row = {
  basis?: string | null
  relationship?: string | null
  status: string
  createdAt: string
  confirmedAt?: string | null
  acknowledgedAt?: string | null
  infoRequestedAt?: string | null
  decidedAt?: string | null
  hiddenAt?: string | null
  firstAction?: string | null
  firstActionAt?: string | null
  autoClosedAt?: string | null
  restoreAt?: string | null
  actionFiledAt?: string | null
  reasons?: { ground?: string | null; automated?: boolean | null } | null
}

const hoursBetween = (from?: string | null, to?: string | null) =>
  from && to ? (new Date(to).getTime() - new Date(from).getTime()) / 3_600_000 : null
const present = (n: number | null): n is number => n !== null && n >= 0

/** The report for the notices in `rows` (already limited to one period). */
export function summarize(
  period: Period,
  rows: Row[],
  now = new Date(),
  unconfirmed = 0,
  counterNoticesReceived = 0,
): TransparencyReport {
  const clocked = rows.filter((r) => r.restoreAt)
  const count = (key: keyof Row, values: readonly { value: string }[]) =>
    Object.fromEntries(values.map(({ value }) => [value, rows.filter((r) => r[key] === value).length]))
  const outcomes = Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<Outcome, number>
  for (const r of rows)
    outcomes[(OUTCOMES as readonly string[]).includes(r.status) ? (r.status as Outcome) : 'pending']++
  const incomplete = rows.filter((r) => r.infoRequestedAt).length
  return {
    period: period.key,
    label: period.label,
    notices: rows.length,
    byBasis: count('basis', NOTICE_BASES),
    byRelationship: count('relationship', NOTIFIER_RELATIONSHIPS),
    complete: rows.length - incomplete,
    incomplete,
    outcomes,
    times: {
      receiptToAcknowledgement: timing(rows.map((r) => hoursBetween(r.confirmedAt, r.acknowledgedAt)).filter(present)),
      confirmationToHiding: timing(rows.map((r) => hoursBetween(r.confirmedAt, r.hiddenAt)).filter(present)),
      receiptToDecision: timing(rows.map((r) => hoursBetween(r.confirmedAt, r.decidedAt)).filter(present)),
    },
    reinstatements: outcomes.reinstated,
    firstActions: Object.fromEntries(
      FIRST_ACTIONS.map((a) => [a, rows.filter((r) => r.firstAction === a).length]),
    ) as Record<FirstAction, number>,
    byGround: Object.fromEntries(
      GROUNDS.map((g) => [g, rows.filter((r) => r.firstAction && r.reasons?.ground === g).length]),
    ),
    automated: {
      // Hidden before any person acted: by the rule that hides some bases on confirmation.
      hiddenOnConfirmation: rows.filter(
        (r) => r.hiddenAt && (!r.firstActionAt || new Date(r.hiddenAt) < new Date(r.firstActionAt)),
      ).length,
      closedWithoutAnswer: rows.filter((r) => r.autoClosedAt).length,
      // Only one decision is ever the server's: restoring content on the date a counter-notice
      // set. Every other is taken by a signed-in person (enforceWorkflow refuses any other).
      decisions: rows.filter((r) => r.reasons?.automated).length,
    },
    counterNotices: {
      received: counterNoticesReceived,
      clockStarted: clocked.length,
      restoredOnDate: clocked.filter((r) => r.status === 'reinstated' && r.reasons?.automated).length,
      restoredEarly: clocked.filter((r) => r.status === 'reinstated' && !r.reasons?.automated).length,
      keptAfterAction: clocked.filter((r) => r.actionFiledAt).length,
      awaiting: clocked.filter((r) => r.status === 'counter_noticed').length,
    },
    unconfirmed,
    generatedAt: now.toISOString(),
  }
}

/** Reads the period's notices (aggregate figures only ever leave this function). */
export async function transparencyReport(payload: Payload, period: Period): Promise<TransparencyReport> {
  const rows: Row[] = []
  for (let page = 1; ; page++) {
    const result = await payload.find({
      collection: 'contact-requests',
      where: {
        and: [
          { kind: { equals: 'removal' } },
          { confirmedAt: { greater_than_equal: period.start.toISOString() } },
          { confirmedAt: { less_than: period.end.toISOString() } },
        ],
      },
      select: {
        basis: true,
        relationship: true,
        status: true,
        createdAt: true,
        confirmedAt: true,
        acknowledgedAt: true,
        infoRequestedAt: true,
        decidedAt: true,
        hiddenAt: true,
        firstAction: true,
        firstActionAt: true,
        autoClosedAt: true,
        restoreAt: true,
        actionFiledAt: true,
        reasons: { ground: true, automated: true },
      },
      // Read along the confirmedAt index (with id to break ties, so pages neither skip nor repeat).
      sort: ['confirmedAt', 'id'],
      depth: 0,
      limit: 500,
      page,
      pagination: true,
      overrideAccess: true,
    })
    rows.push(...(result.docs as unknown as Row[]))
    if (!result.hasNextPage) break
  }
  const { totalDocs: unconfirmed } = await payload.count({
    collection: 'contact-requests',
    where: {
      and: [
        { kind: { equals: 'removal' } },
        { confirmedAt: { exists: false } },
        { createdAt: { greater_than_equal: period.start.toISOString() } },
        { createdAt: { less_than: period.end.toISOString() } },
      ],
    },
    overrideAccess: true,
  })
  const { totalDocs: counterNotices } = await payload.count({
    collection: 'counter-notices',
    where: {
      and: [
        { createdAt: { greater_than_equal: period.start.toISOString() } },
        { createdAt: { less_than: period.end.toISOString() } },
      ],
    },
    overrideAccess: true,
  })
  return summarize(period, rows, new Date(), unconfirmed, counterNotices)
}

/** The report as CSV: one `section,key,value` line per figure, for spreadsheets. */
export function reportCsv(r: TransparencyReport): string {
  const lines: (string | number | null)[][] = [
    ['section', 'key', 'value'],
    ['period', r.period, r.label],
    ['notices', 'total', r.notices],
  ]
  for (const [k, v] of Object.entries(r.byBasis)) lines.push(['basis', k, v])
  for (const [k, v] of Object.entries(r.byRelationship)) lines.push(['relationship', k, v])
  lines.push(['completeness', 'complete', r.complete], ['completeness', 'incomplete', r.incomplete])
  for (const [k, v] of Object.entries(r.outcomes)) lines.push(['outcome', k, v])
  for (const [k, t] of Object.entries(r.times))
    lines.push(
      [`time_${k}`, 'count', t.count],
      [`time_${k}`, 'median_hours', t.medianHours],
      [`time_${k}`, 'p90_hours', t.p90Hours],
    )
  lines.push(['reinstatements', 'total', r.reinstatements])
  for (const [k, v] of Object.entries(r.firstActions)) lines.push(['first_action', k, v])
  for (const [k, v] of Object.entries(r.byGround)) lines.push(['ground', k, v])
  lines.push(
    ['automated', 'hidden_on_confirmation', r.automated.hiddenOnConfirmation],
    ['automated', 'closed_without_answer', r.automated.closedWithoutAnswer],
    ['automated', 'decisions', r.automated.decisions],
    ['unconfirmed', 'total', r.unconfirmed],
  )
  for (const [k, v] of Object.entries(r.counterNotices)) lines.push(['counter_notices', k, v])
  const cell = (v: string | number | null) =>
    v === null ? '' : /[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v)
  return lines.map((l) => l.map(cell).join(',')).join('\n') + '\n'
}
