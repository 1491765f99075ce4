import { describe, expect, it } from 'vitest'

import { businessDeadline, isTimeZone } from '../../src/takedown/businessDays'

describe('business-day deadlines', () => {
  it('skips the weekend: Friday afternoon in Chongqing + 2 business days is Tuesday night there', () => {
    // Fri 27 Nov 2026 15:00 in Asia/Shanghai (UTC+8) = 07:00 UTC
    const due = businessDeadline('2026-11-27T07:00:00Z', 2, 'Asia/Shanghai')
    expect(due.toISOString()).toBe('2026-12-01T15:59:59.999Z') // Tue 1 Dec 23:59:59.999 +08:00
  })

  it('a notice filed on Saturday counts from Monday', () => {
    const due = businessDeadline('2026-11-28T03:00:00Z', 1, 'Asia/Shanghai') // Sat 11:00 local
    expect(due.toISOString()).toBe('2026-11-30T15:59:59.999Z') // Mon 30 Nov end of day
  })

  it('the same instant is a different local day in another time zone', () => {
    // Fri 27 Nov 2026 20:00 UTC: Saturday 04:00 in Shanghai, Friday 15:00 in New York.
    const instant = '2026-11-27T20:00:00Z'
    expect(businessDeadline(instant, 1, 'Asia/Shanghai').toISOString()).toBe('2026-11-30T15:59:59.999Z') // Monday, Shanghai
    expect(businessDeadline(instant, 1, 'America/New_York').toISOString()).toBe('2026-12-01T04:59:59.999Z') // Monday 23:59 EST
    expect(businessDeadline(instant, 5, 'Europe/Berlin').toISOString()).toBe('2026-12-04T22:59:59.999Z') // Friday 4 Dec, CET
  })

  it('crosses a daylight-saving change without losing an hour', () => {
    // Fri 6 Mar 2026 12:00 in New York (EST); +2 business days = Tue 10 Mar, by then EDT (UTC-4).
    expect(businessDeadline('2026-03-06T17:00:00Z', 2, 'America/New_York').toISOString()).toBe('2026-03-11T03:59:59.999Z')
  })

  it('0 days means the end of the day itself, or of Monday for a weekend', () => {
    expect(businessDeadline('2026-11-25T02:00:00Z', 0, 'Asia/Shanghai').toISOString()).toBe('2026-11-25T15:59:59.999Z')
    expect(businessDeadline('2026-11-29T02:00:00Z', 0, 'Asia/Shanghai').toISOString()).toBe('2026-11-30T15:59:59.999Z')
  })

  it('knows real time zones from typos', () => {
    expect(isTimeZone('Asia/Shanghai')).toBe(true)
    expect(isTimeZone('Asia/Chongqing')).toBe(true)
    expect(isTimeZone('Mars/Olympus')).toBe(false)
  })
})
