import { beforeEach, describe, expect, it, vi } from 'vitest'

const revalidatePublicSite = vi.fn()
vi.mock('../../src/cache/revalidate', () => ({ revalidatePublicSite }))

const { revalidateAfterChange } = await import('../../src/hooks/revalidateOnChange')

type Args = Parameters<typeof revalidateAfterChange>[0]
const call = (args: Partial<Args>) =>
  revalidateAfterChange({
    collection: { slug: 'organizations' },
    req: {},
    context: {},
    ...args,
  } as Args)

beforeEach(() => revalidatePublicSite.mockClear())

describe('revalidating the public site after a change', () => {
  it('does nothing for a new draft (Payload hands create an empty previous document)', () => {
    call({ operation: 'create', doc: { id: 7, _status: 'draft' }, previousDoc: {} as never })
    expect(revalidatePublicSite).not.toHaveBeenCalled()
  })

  it('does nothing for a draft save of a document that was never public', () => {
    call({ operation: 'update', doc: { id: 7, _status: 'draft' }, previousDoc: { id: 7, _status: 'draft' } })
    expect(revalidatePublicSite).not.toHaveBeenCalled()
  })

  it('revalidates a publish, an edit of public content and an unpublish', () => {
    call({ operation: 'create', doc: { id: 8, _status: 'published' }, previousDoc: {} as never })
    call({ operation: 'update', doc: { id: 8, _status: 'published' }, previousDoc: { id: 8, _status: 'published' } })
    call({ operation: 'update', doc: { id: 8, _status: 'draft' }, previousDoc: { id: 8, _status: 'published' } })
    expect(revalidatePublicSite).toHaveBeenCalledTimes(3)
  })

  it('treats a collection without drafts as always public', () => {
    call({ operation: 'update', doc: { id: 9 }, previousDoc: { id: 9 } })
    expect(revalidatePublicSite).toHaveBeenCalledTimes(1)
  })
})
