import { localizePath } from '../site/locales'

// The search index is built on the first search after a start or a content change (seconds at
// the bench's scale, docs/performance.md); whoever searches first waits for it, and under load everyone arriving
// meanwhile does too. The server asks for one search itself once the server is up and once
// content has stopped changing for a moment, so the build happens before a visitor needs it.
// Each language has its own index; they are built one after the other, not side by side, so
// visitors arriving meanwhile share the processor with one build at most.

/** One search per language's index (src/site/searchIndex.ts). */
export const WARM_SEARCHES = ['/search?q=expo', localizePath('/search?q=expo', 'zh')]

export type WarmSearchOptions = {
  origin: string
  generation: () => number
  searches?: string[]
  quietMs?: number
  checkEveryMs?: number
  log?: (message: string) => void
}

export function warmSearchIndex({
  origin,
  generation,
  searches = WARM_SEARCHES,
  quietMs = 1_000,
  checkEveryMs = 500,
  log = console.warn,
}: WarmSearchOptions) {
  let warmedFor: number | null = null
  let seen = generation()
  let seenAt = Date.now()
  let running = false

  async function warm(target: number) {
    running = true
    for (const search of searches) {
      try {
        const res = await fetch(`${origin}${search}`, { signal: AbortSignal.timeout(60_000) })
        await res.arrayBuffer()
        if (!res.ok) log(`search warm-up ${search} answered ${res.status}`)
      } catch (err) {
        log(`search warm-up ${search} failed: ${(err as Error).message}`)
      }
    }
    // Tried once for this state of the content; where it failed, the first search builds the index.
    warmedFor = target
    running = false
  }

  const timer = setInterval(() => {
    const now = generation()
    if (now !== seen) {
      seen = now
      seenAt = Date.now()
    }
    // Wait for a quiet moment: an editor saving several times should cost one build.
    if (!running && warmedFor !== seen && Date.now() - seenAt >= quietMs) void warm(seen)
  }, checkEveryMs)
  timer.unref()
  return { stop: () => clearInterval(timer), warmedFor: () => warmedFor }
}
