import { env } from '../config/env'

/**
 * How many public submissions one server works on at once; the others wait their turn before
 * any work is done for them. Forty writes in progress interleave their many small steps with
 * every page request, so a cached page waited behind all of them (docs/reliability.md). Queued
 * writes cost nothing while they wait, and the CPU does the same work in all.
 */
export const SUBMISSION_SLOTS = env().SUBMISSION_CONCURRENCY
// A slot whose release was missed (a path that neither finished nor reported an error) comes
// back after this long, so a leak slows the queue rather than stopping it.
const SLOT_LEASE_MS = 30_000

let busy = 0
const waiting: (() => void)[] = []

/** Waits for a slot; returns its release (safe to call more than once). */
export async function takeSubmissionSlot(): Promise<() => void> {
  if (busy >= SUBMISSION_SLOTS) await new Promise<void>((resolve) => waiting.push(resolve))
  else busy++
  let released = false
  const lease = setTimeout(() => release(), SLOT_LEASE_MS)
  lease.unref?.()
  function release() {
    if (released) return
    released = true
    clearTimeout(lease)
    const next = waiting.shift()
    if (next) next()
    else busy--
  }
  return release
}
