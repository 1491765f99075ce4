import { describe, expect, it } from 'vitest'

import { markPublicContentChanged } from '../../src/cache/contentGeneration'
import { createGoneGate, gonePage, HiddenListUnavailable } from '../../src/takedown/goneGate'
import type { HiddenIndex } from '../../src/takedown/hiddenSnapshot'

const notice = { reference: 'R-2026-000042', basis: 'copyright', since: '2026-11-02T10:00:00.000Z' }

/** A gate over a hidden list we control, counting how often it is asked for the list. */
function gateOver(initial: HiddenIndex, maxAgeMs = 60_000) {
  const state = { index: initial, asked: 0, fail: false, delayMs: 0 }
  const noticeFor = createGoneGate(async () => {
    state.asked++
    const { index, fail } = state // as the database held it when the read began
    if (state.delayMs) await new Promise((r) => setTimeout(r, state.delayMs))
    if (fail) throw new Error('database away')
    return index
  }, maxAgeMs)
  return { noticeFor, state }
}

describe('410 gate in front of Next', () => {
  it('finds hidden editions, organizations, pages and media under every form of their URL', async () => {
    const { noticeFor } = gateOver({
      'editions:2019': notice,
      'organizations:cqu': notice,
      'pages:about': notice,
      'media:photo.jpg': notice,
    })
    for (const url of [
      '/editions/2019',
      '/editions/2019/',
      '/editions/2019?ref=x',
      '/zh/editions/2019',
      '/organizations/cqu',
      '/about',
      '/api/media/file/photo.jpg',
      '/editions/%32019',
    ]) {
      expect(await noticeFor(url), url).toEqual(notice)
    }
    for (const url of [
      '/editions/2020',
      '/',
      '/search?q=2019',
      '/organizations',
      '/admin',
      '/api/editions',
      '/editions/2019/extra',
      '/contact',
    ]) {
      expect(await noticeFor(url), url).toBeNull()
    }
  })

  it('lets a malformed path through to Next instead of failing the request', async () => {
    const { noticeFor } = gateOver({ 'pages:about': notice })
    expect(await noticeFor('/%E0%A4%A')).toBeNull()
    expect(await noticeFor('/organizations/%zz')).toBeNull()
  })

  it('does not ask the app for anything when the path is not content', async () => {
    const { noticeFor, state } = gateOver({})
    await noticeFor('/')
    await noticeFor('/_next/static/chunks/app.js')
    await noticeFor('/search?q=robots')
    expect(state.asked).toBe(0)
  })

  it('asks once while the list is fresh, at once after a change in this process, and again when it is old', async () => {
    const { noticeFor, state } = gateOver({}, 100)
    const burst = await Promise.all(Array.from({ length: 20 }, () => noticeFor('/editions/2019')))
    expect(burst.every((n) => n === null)).toBe(true)
    expect(state.asked).toBe(1)

    // A decision here: the very next request waits for the new list.
    state.index = { 'editions:2019': notice }
    markPublicContentChanged()
    expect(await noticeFor('/editions/2019')).toEqual(notice)
    expect(state.asked).toBe(2)

    // A decision elsewhere, then an idle spell past the bound: the first request waits for the
    // new list, however slow the read, and never answers from the old one.
    state.index = {}
    await new Promise((r) => setTimeout(r, 120))
    state.delayMs = 30
    expect(await noticeFor('/editions/2019')).toBeNull()
    expect(state.asked).toBe(3)
  })

  it('never answers from a list older than the bound, even while a read is under way', async () => {
    const maxAgeMs = 80
    const { noticeFor, state } = gateOver({}, maxAgeMs)
    state.delayMs = 20
    await noticeFor('/editions/2019')
    const decidedAt = Date.now()
    state.index = { 'editions:2019': notice } // decided on another instance
    // Steady traffic: requests in the list's second half start the next read in the background.
    let firstGone = 0
    while (Date.now() - decidedAt < 400) {
      if ((await noticeFor('/editions/2019')) && !firstGone) firstGone = Date.now()
      await new Promise((r) => setTimeout(r, 5))
    }
    expect(firstGone).toBeGreaterThan(0)
    expect(firstGone - decidedAt).toBeLessThan(maxAgeMs + state.delayMs + 15)
    // Reads were started ahead of expiry: not one per request.
    expect(state.asked).toBeLessThan(12)
  })

  it('refuses a content path (503) when the list cannot be read and the last one is too old', async () => {
    const { noticeFor, state } = gateOver({ 'editions:2019': notice })
    state.fail = true
    markPublicContentChanged()
    await expect(noticeFor('/editions/2019')).rejects.toBeInstanceOf(HiddenListUnavailable)
    expect(await noticeFor('/'), 'not content: no list needed').toBeNull()
    state.fail = false
    expect(await noticeFor('/editions/2019')).toEqual(notice)
    expect(state.asked).toBe(2)
  })
})

describe('the 410 page', () => {
  it('names the reference, basis and date, and keeps stored text inert', () => {
    const page = gonePage({ reference: '<script>alert(1)</script>', basis: 'copyright', since: notice.since })
    expect(page.status).toBe(410)
    expect(page.body).toContain('2026-11-02')
    expect(page.body).toContain('Copyright')
    expect(page.body).not.toContain('<script>')
    expect(page.body).toContain('&#60;script&#62;')
    expect(page.headers['Content-Security-Policy']).toContain("default-src 'none'")
    expect(page.headers['Cache-Control']).toBe('no-store')
    expect(page.headers['X-Robots-Tag']).toBe('noindex')
  })

  it('sends the publisher to the counter-notice form with the reference filled in (issue 15 §1)', () => {
    const page = gonePage({ reference: 'R-2026-000042', basis: 'copyright', since: notice.since })
    expect(page.body).toContain('href="/counter-notice?ref=R-2026-000042"')
    expect(page.body).not.toContain('href="/contact"')
  })

  it('speaks Chinese under /zh, with the Chinese counter-notice form (issue 16 §1)', () => {
    const page = gonePage({ reference: 'R-2026-000042', basis: 'copyright', since: notice.since }, 'zh')
    expect(page.body).toContain('<html lang="zh-Hans">')
    expect(page.body).toContain('此内容已撤下')
    expect(page.body).toContain('著作权')
    expect(page.body).toContain('href="/zh/counter-notice?ref=R-2026-000042"')
    expect(page.body).not.toContain('withdrawn')
  })
})
