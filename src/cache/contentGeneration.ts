// A counter of public content changes in this process, read by whatever keeps a copy of public
// content outside Next's own caches: the server's page copies (src/server/pageCache.ts), its
// search warm-up and the takedown 410 gate's snapshot (src/takedown/goneGate.ts). It sits in
// src/cache, beside revalidate.ts which bumps it, so that neither src/site nor src/takedown has
// to import the other for it. No Payload import here: the server entry loads it too.

// The server entry and the Payload hooks run in the same process but in separate bundles,
// so module state is not shared between them; a process-wide symbol on globalThis is.
const GENERATION = Symbol.for('expo-archive.public-content-generation')
const CONFIRMED_AT = Symbol.for('expo-archive.public-content-confirmed-at')
const holder = globalThis as typeof globalThis & { [GENERATION]?: number; [CONFIRMED_AT]?: number }

/**
 * Called (by revalidatePublicSite) whenever public content changed in this process, takedowns
 * included. Read by the 410 gate's snapshot, the server's page copies and its search warm-up.
 */
export function markPublicContentChanged(): void {
  holder[GENERATION] = (holder[GENERATION] ?? 0) + 1
}

export function publicContentGeneration(): number {
  return holder[GENERATION] ?? 0
}

/**
 * Called (by contentStamp.ts's watch) each time this process has checked, in the database all
 * instances share, that no other instance changed public content since: at `at`, every copy of
 * the current generation was still current everywhere.
 */
export function markContentConfirmed(at: number): void {
  holder[CONFIRMED_AT] = at
}

/** When public content was last confirmed unchanged on every instance (0: never, no watch running). */
export function contentConfirmedAt(): number {
  return holder[CONFIRMED_AT] ?? 0
}
