import { randomUUID } from 'node:crypto'

import type { Payload, PayloadRequest } from 'payload'
import { isNextBuild } from 'payload/shared'

import { markContentConfirmed, markPublicContentChanged } from './contentGeneration'
import { transactionSettled } from './purge'
import { insideNextServer } from '../config/env'

// Every instance learns of a public content change made on any other, through the one thing
// they all share: the database. The change hooks (revalidatePublicSite) write a new stamp to
// Payload's key-value store once the change is committed; each server reads the stamp every
// STAMP_POLL_MS and, when it moved, drops the copies it keeps outside Next (src/server:
// search results and public API answers). This is what lets those copies live for a minute
// instead of a quarter second, without Redis and with any database engine.

const STAMP_KEY = 'public-content-stamp'
/** How often each server reads the stamp: the delay before another instance's change is seen here. */
export const STAMP_POLL_MS = 100

type Stamp = { stamp: string; at: number }

// The stamps this process wrote: its own change was dropped here already, so reading it back
// must not drop the copies made since. On globalThis, because Next may bundle this module into
// more than one chunk (the hooks' and onInit's), each with its own module state.
const OWN_STAMPS = Symbol.for('expo-archive.own-content-stamps')
const holder = globalThis as typeof globalThis & { [OWN_STAMPS]?: Set<string> }
const ownStamps = () => (holder[OWN_STAMPS] ??= new Set())

/** Tells every instance that public content changed (after the change is committed, so none copies the old state anew). */
export async function announceContentChange(req: Pick<PayloadRequest, 'payload' | 'transactionID'>): Promise<void> {
  await transactionSettled(req)
  const stamp = randomUUID()
  const own = ownStamps()
  own.add(stamp)
  if (own.size > 32) own.delete(own.values().next().value as string)
  await req.payload.kv.set(STAMP_KEY, { stamp, at: Date.now() } satisfies Stamp)
  // This instance's copies made between the change and its commit go too.
  markPublicContentChanged()
}

/**
 * Reads the stamp every STAMP_POLL_MS for as long as the process runs; a moved stamp drops this
 * instance's copies, and each successful read confirms the copies current (contentGeneration.ts).
 * Returns a function that stops it (tests).
 */
export function watchContentStamp(payload: Payload, pollMs = STAMP_POLL_MS): () => void {
  let last: string | null | undefined
  let reading = false
  const read = async () => {
    if (reading) return
    reading = true
    try {
      const checkedAt = Date.now()
      const current = (await payload.kv.get<Stamp>(STAMP_KEY))?.stamp ?? null
      if (last !== undefined && current !== last && !(current && ownStamps().has(current))) markPublicContentChanged()
      last = current
      markContentConfirmed(checkedAt)
    } catch (err) {
      // Unconfirmed copies fall back to their short bound (PAGE_CACHE_MAX_AGE_MS) until a read succeeds.
      payload.logger.debug({ msg: `content stamp not read: ${(err as Error).message}` })
    } finally {
      reading = false
    }
  }
  void read()
  const timer = setInterval(() => void read(), pollMs)
  timer.unref()
  return () => clearInterval(timer)
}

/** Called from onInit: the server watches the stamp; builds, scripts and tests do not. */
export function startContentStampWatch(payload: Payload): void {
  if (insideNextServer() && !isNextBuild()) watchContentStamp(payload)
}
