// next/cache outside a Next server, for suites that test the data layer's logic uncached:
// `vi.mock('next/cache', () => import('../helpers/nextCacheOff'))`. Caching and revalidation
// themselves are tested end to end in test/e2e/freshness.test.ts.
export const unstable_cache = <T>(fn: T): T => fn
export const revalidateTag = () => {}
export const revalidatePath = () => {}
