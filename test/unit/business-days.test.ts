import { describe, expect, it } from 'vitest'

import { businessDeadline, isTimeZone, parseDateList } from '../../src/takedown/businessDays'

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
    expect(businessDeadline('2026-03-06T17:00:00Z', 2, 'America/New_York').toISOString()).toBe(
      '2026-03-11T03:59:59.999Z',
    )
  })

  it('0 days means the end of the day itself, or of Monday for a weekend', () => {
    expect(businessDeadline('2026-11-25T02:00:00Z', 0, 'Asia/Shanghai').toISOString()).toBe('2026-11-25T15:59:59.999Z')
    expect(businessDeadline('2026-11-29T02:00:00Z', 0, 'Asia/Shanghai').toISOString()).toBe('2026-11-30T15:59:59.999Z')
  })

  it('skips public holidays and counts weekend days declared working days', () => {
    // A National Day week: Thu 1 – Wed 7 Oct 2026 off, Saturday 10 Oct worked instead.
    const calendar = {
      holidays: ['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07'],
      workingWeekendDays: ['2026-10-10'],
    }
    const wednesday = '2026-09-30T02:00:00Z' // Wed 30 Sep, 10:00 in Shanghai
    expect(businessDeadline(wednesday, 2, 'Asia/Shanghai', calendar).toISOString()).toBe('2026-10-09T15:59:59.999Z') // Thu 8, Fri 9
    expect(businessDeadline(wednesday, 3, 'Asia/Shanghai', calendar).toISOString()).toBe('2026-10-10T15:59:59.999Z') // the worked Saturday
    expect(businessDeadline(wednesday, 2, 'Asia/Shanghai').toISOString()).toBe('2026-10-02T15:59:59.999Z') // without the calendar
    expect(businessDeadline('2026-10-03T02:00:00Z', 0, 'Asia/Shanghai', calendar).toISOString()).toBe(
      '2026-10-08T15:59:59.999Z',
    )
  })

  it('reads a pasted list of dates, and names the first line that is not one', () => {
    expect(parseDateList('# 2026\n2026-10-01\n\n 2026-10-02  # National Day\n')).toEqual({
      dates: ['2026-10-01', '2026-10-02'],
    })
    expect(parseDateList('2026-02-30')).toEqual({ error: expect.stringContaining('Line 1 ("2026-02-30")') })
    expect(parseDateList('1 Oct')).toEqual({ error: expect.stringContaining('YYYY-MM-DD') })
    expect(parseDateList(null)).toEqual({ dates: [] })
  })

  it('knows real time zones from typos', () => {
    expect(isTimeZone('Asia/Shanghai')).toBe(true)
    expect(isTimeZone('Asia/Chongqing')).toBe(true)
    expect(isTimeZone('Mars/Olympus')).toBe(false)
  })
})
