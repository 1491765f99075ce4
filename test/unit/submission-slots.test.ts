import { afterEach, describe, expect, it, vi } from 'vitest'

import { SUBMISSION_SLOTS, takeSubmissionSlot } from '../../src/takedown/submissionSlots'

afterEach(() => {
  vi.useRealTimers()
})

describe('submission slots', () => {
  it('lets the configured number of submissions work at once; the next waits for a release, in order', async () => {
    // Two by default: readers keep their share under a flood (docs/reliability.md).
    expect(SUBMISSION_SLOTS).toBe(2)
    const held = await Promise.all(Array.from({ length: SUBMISSION_SLOTS }, () => takeSubmissionSlot()))
    const order: number[] = []
    const later = [1, 2].map((n) => takeSubmissionSlot().then((release) => (order.push(n), release)))
    await new Promise((r) => setTimeout(r, 20))
    expect(order).toEqual([])
    held[0]()
    held[0]() // a second release of the same slot frees nothing more
    const first = await later[0]
    await new Promise((r) => setTimeout(r, 20))
    expect(order).toEqual([1])
    held[1]()
    const second = await later[1]
    expect(order).toEqual([1, 2])
    for (const release of [first, second, ...held.slice(2)]) release()
    // All free again: as many as there are slots are granted at once.
    const again = await Promise.all(Array.from({ length: SUBMISSION_SLOTS }, () => takeSubmissionSlot()))
    again.forEach((release) => release())
  })

  it('takes back a slot whose release never came, after its lease', async () => {
    vi.useFakeTimers()
    const held = await Promise.all(Array.from({ length: SUBMISSION_SLOTS }, () => takeSubmissionSlot()))
    let granted = false
    const waiting = takeSubmissionSlot().then((release) => ((granted = true), release))
    await vi.advanceTimersByTimeAsync(29_000)
    expect(granted).toBe(false)
    await vi.advanceTimersByTimeAsync(2_000)
    expect(granted).toBe(true)
    ;(await waiting)()
    held.forEach((release) => release())
  })
})
