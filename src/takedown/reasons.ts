import type { RequestStatus } from './workflow'

// A decision's statement of reasons, in the shape the EU Digital Services Act art. 17(3) asks
// for: the measure and its scope, the facts relied on, the ground, that a person decided, and
// how to contest it. The measure follows from the status, so staff cannot contradict it.

export const DECISION_GROUNDS = [
  { value: 'law', label: 'Illegal content under a law (name it)' },
  { value: 'terms', label: 'Incompatible with our publication terms (name the term)' },
  { value: 'not_established', label: 'No infringement established' },
] as const

export const MEASURE_BY_STATUS: Partial<Record<RequestStatus, string>> = {
  removed: 'Access to the content disabled on this site',
  edited: 'Content kept, with a credit added or a correction made',
  declined: 'No action taken on the content',
  reinstated: 'Access to the content restored',
  abusive: 'Notice rejected as abusive; no action on the content',
}

export type StatementOfReasons = {
  scope?: string | null
  facts?: string | null
  ground?: string | null
  groundDetail?: string | null
  redress?: string | null
  /** The server took the measure itself, on a date the law sets (DSA 17(3)(c)). */
  automated?: boolean | null
}

const MIN_FACTS = 20

/** Field errors of a statement of reasons; empty when it is complete. */
export function statementErrors(statement: StatementOfReasons | null | undefined): { path: string; message: string }[] {
  const s = statement ?? {}
  const errors: { path: string; message: string }[] = []
  const blank = (v: unknown) => typeof v !== 'string' || v.trim() === ''
  if (blank(s.scope))
    errors.push({ path: 'reasons.scope', message: 'Say which content and which parts of it the decision covers.' })
  if (blank(s.facts) || String(s.facts).trim().length < MIN_FACTS)
    errors.push({
      path: 'reasons.facts',
      message: `Describe the facts and circumstances relied on (at least ${MIN_FACTS} characters).`,
    })
  if (!DECISION_GROUNDS.some((g) => g.value === s.ground))
    errors.push({ path: 'reasons.ground', message: 'Choose the ground of the decision.' })
  else if (s.ground !== 'not_established' && blank(s.groundDetail))
    errors.push({ path: 'reasons.groundDetail', message: 'Name the law or the term of publication relied on.' })
  if (blank(s.redress)) errors.push({ path: 'reasons.redress', message: 'Say how the decision can be contested.' })
  return errors
}

/** Two statements count as the same when their facts are; a new decision needs its own. */
export function sameStatement(
  a: StatementOfReasons | null | undefined,
  b: StatementOfReasons | null | undefined,
): boolean {
  return (a?.facts ?? '').trim() === (b?.facts ?? '').trim()
}
