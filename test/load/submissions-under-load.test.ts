import fs from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { integrityCheck, type StoredRow, storedRows } from './database'
import {
  BASE,
  LOAD_DATA,
  LOAD_SECRET,
  serverPid,
  startSupervised,
  stopSupervised,
  type Supervisor,
  untilServing,
} from './server'
import { buildSubmissions, type Submission } from './submissions'
import { type Answer, sendThroughOutage, sendWithAutocannon, startReaders } from './traffic'

// Proves the two promises of the issue on a production server under `npm start`:
// 1. under 2,000 submissions at 40 connections while 10 more read, every accepted
//    submission is stored exactly once, every refused one got a 4xx, at most 0.5 % go
//    unanswered, and readers keep at least 25 % of the throughput they had on the idle server
//    (measured first, in the same run) with p99 under 1 s;
// 2. killed with SIGKILL in the middle of another 600, the supervisor brings it back, and
//    every submission that got a success answer is there, intact, in a database that passes
//    PRAGMA integrity_check; no more went unanswered than there were connections open (50).
// Figures are printed and written to data/load/figures.json.

const WRITERS = 40
const READERS = 10
const PER_EMAIL_LIMIT = 3 // the default, deliberately not raised for this suite
const IDLE_READ_MS = 5_000
/** Share of the idle read throughput readers must keep during the submission flood (issue 14). */
const MIN_READ_SHARE = 0.25
const figures: Record<string, unknown> = {}
let supervisor: Supervisor

const countBy = <T>(items: T[], key: (item: T) => string) =>
  items.reduce<Record<string, number>>((acc, item) => ((acc[key(item)] = (acc[key(item)] ?? 0) + 1), acc), {})

/** Stored vs answered, by marker. */
function reconcile(submissions: Submission[], answers: Map<string, Answer>, rows: StoredRow[]) {
  const stored = countBy(rows, (r) => r.name)
  const accepted = submissions.filter((s) => answers.get(s.marker)?.status === 201)
  const sentBy = new Map(submissions.map((s) => [s.marker, s]))
  const broken = rows.filter((row) => {
    const s = sentBy.get(row.name)
    if (!s || answers.get(row.name)?.status !== 201) return false
    const b = s.body as Record<string, string>
    return (
      row.email !== b.email ||
      row.kind !== b.kind ||
      !row.reference ||
      (b.kind === 'enquiry'
        ? row.subject !== b.subject || row.message !== b.message
        : row.explanation !== b.explanation)
    )
  })
  return {
    accepted,
    lost: accepted.filter((s) => !stored[s.marker]).map((s) => s.marker),
    duplicates: Object.entries(stored)
      .filter(([, n]) => n > 1)
      .map(([m]) => m),
    storedWithoutSuccess: rows
      .filter((r) => answers.has(r.name) && answers.get(r.name)!.status !== 201)
      .map((r) => r.name),
    notIntact: broken.map((r) => r.name),
  }
}

const p99 = (result: { latency: { p99: number } }) => result.latency.p99

beforeAll(async () => {
  // The harness signs its challenges with the server's secret (see submissions.ts).
  process.env.PAYLOAD_SECRET = LOAD_SECRET
  supervisor = await startSupervised()
})

afterAll(() => {
  if (supervisor) stopSupervised(supervisor)
  console.log(
    '\nLoad and crash figures\n' +
      Object.entries(figures)
        .map(([k, v]) => `  ${k}: ${typeof v === 'object' ? JSON.stringify(v) : v}`)
        .join('\n'),
  )
  fs.writeFileSync(path.join(LOAD_DATA, 'figures.json'), JSON.stringify(figures, null, 2))
})

describe('submissions under load', () => {
  it('stores every accepted submission exactly once, refuses the rest with a 4xx, and keeps answering readers', async () => {
    const submissions = await buildSubmissions('a', {
      enquiries: 1000,
      notices: 500,
      busyEmails: 60,
      perBusyEmail: 5,
      honeypots: 70,
      replays: 50,
      tooFast: 30,
    })
    const answers = new Map<string, Answer>()
    // The same readers on the idle server first, in this run, as the baseline they must keep a share of.
    // They read through Next (a cookie): anonymous reads are answered from the server's copies
    // at ~14,000 req/s idle, a figure of the load generator in this process rather than of the
    // server, which made the share meaningless (7 %, while readers got 1,061 req/s in the flood,
    // six times the 166 of before the copies). What a flood of submissions competes with is the
    // work reads give the server.
    const idleReaders = startReaders(READERS, { throughNext: true })
    const idleStarted = Date.now()
    await new Promise((resolve) => setTimeout(resolve, IDLE_READ_MS))
    const idle = await idleReaders.stop()
    const idlePerSecond = idle.requests.total / ((Date.now() - idleStarted) / 1000)
    const readers = startReaders(READERS, { throughNext: true })
    const started = Date.now()
    const writes = await sendWithAutocannon(submissions, WRITERS, answers)
    const reads = await readers.stop()
    const seconds = (Date.now() - started) / 1000
    const floodPerSecond = reads.requests.total / seconds
    const unansweredShare = (submissions.length - answers.size) / submissions.length
    const rows = await storedRows('Load a #')
    const r = reconcile(submissions, answers, rows)
    const statuses = countBy([...answers.values()], (a) => String(a.status))

    Object.assign(figures, {
      'A. connections': `${WRITERS} writing + ${READERS} reading`,
      'A. submissions sent': submissions.length,
      'A. answered': answers.size,
      'A. accepted (201)': r.accepted.length,
      'A. refused, by status': Object.fromEntries(Object.entries(statuses).filter(([s]) => s !== '201')),
      'A. refused, by reason': countBy(
        submissions.filter((s) => answers.get(s.marker)?.status !== 201),
        (s) => s.why,
      ),
      'A. stored': rows.length,
      'A. lost': r.lost.length,
      'A. duplicates': r.duplicates.length,
      'A. stored without a success answer': r.storedWithoutSuccess.length,
      'A. not intact': r.notIntact.length,
      'A. write p99 / p50 (ms)': `${p99(writes)} / ${writes.latency.p50}`,
      'A. writes per second': (submissions.length / seconds).toFixed(0),
      'A. idle reads per second (same readers, before the flood)': idlePerSecond.toFixed(0),
      'A. idle read p99 (ms)': p99(idle),
      'A. reads per second during the flood': floodPerSecond.toFixed(0),
      'A. reads kept, flood ÷ idle': `${((floodPerSecond / idlePerSecond) * 100).toFixed(0)} %`,
      'A. unanswered submissions': `${submissions.length - answers.size} (${(unansweredShare * 100).toFixed(2)} %)`,
      'A. reads answered': reads.requests.total,
      'A. reads not 2xx / errors / timeouts': `${reads.non2xx} / ${reads.errors} / ${reads.timeouts}`,
      'A. read p99 / p50 (ms)': `${p99(reads)} / ${reads.latency.p50}`,
      'A. duration (s)': seconds.toFixed(1),
    })

    expect(unansweredShare).toBeLessThanOrEqual(0.005)
    expect(writes.errors + writes.timeouts).toBe(0)
    expect(Object.keys(statuses).sort()).toEqual(['201', '400', '429'])
    for (const s of submissions) {
      const status = answers.get(s.marker)!.status
      if (s.expect === 'accepted') expect(status, `${s.why} ${s.marker}: ${answers.get(s.marker)!.body}`).toBe(201)
      if (s.expect === 'refused') expect(status, `${s.why} ${s.marker}`).toBe(400)
    }
    // Concurrency must not let a burst through a limit, nor a challenge be used twice.
    const acceptedPerGroup = countBy(
      submissions.filter((s) => s.group && answers.get(s.marker)!.status === 201),
      (s) => s.group!,
    )
    const groups = new Set(submissions.flatMap((s) => (s.group ? [s.group] : [])))
    for (const group of groups)
      expect(acceptedPerGroup[group] ?? 0, group).toBe(group.startsWith('email:') ? PER_EMAIL_LIMIT : 1)
    expect(r.lost).toEqual([])
    expect(r.duplicates).toEqual([])
    expect(r.storedWithoutSuccess).toEqual([])
    expect(r.notIntact).toEqual([])
    expect(rows.length).toBe(r.accepted.length)
    // Readers keep at least a quarter of what they got from the idle server, and answers within 1 s.
    expect(idle.requests.total).toBeGreaterThan(0)
    expect(floodPerSecond / idlePerSecond).toBeGreaterThanOrEqual(MIN_READ_SHARE)
    expect(p99(reads)).toBeLessThan(1_000)
    expect(reads.non2xx + reads.errors + reads.timeouts).toBe(0)
    const log = fs.readFileSync(supervisor.log, 'utf8')
    expect(log).not.toMatch(/SQLITE_BUSY|database is locked/)
  })

  it('loses no answered submission when the server is killed with SIGKILL mid-load, and comes back by itself', async () => {
    const submissions = await buildSubmissions('b', {
      enquiries: 400,
      notices: 200,
      busyEmails: 0,
      perBusyEmail: 0,
      honeypots: 0,
      replays: 0,
      tooFast: 0,
    })
    const answers = new Map<string, Answer>()
    const unanswered = new Set<string>()
    const readers = startReaders(READERS)
    const victim = serverPid(supervisor)
    let killedAt = 0
    let restart: Promise<number> | undefined
    await sendThroughOutage(submissions, WRITERS, answers, unanswered, () => {
      if (!killedAt && answers.size >= submissions.length / 3) {
        killedAt = Date.now()
        process.kill(victim, 'SIGKILL')
        restart = untilServing().then(() => Date.now() - killedAt)
      }
    })
    const restartMs = await restart!
    const reads = await readers.stop()
    const rows = await storedRows('Load b #')
    const r = reconcile(submissions, answers, rows)
    const integrity = await integrityCheck()
    const newPid = serverPid(supervisor)
    const partial = rows.filter((row) => !row.reference).length

    Object.assign(figures, {
      'B. submissions sent': submissions.length,
      'B. accepted (201)': r.accepted.length,
      'B. other answers': countBy(
        [...answers.values()].filter((a) => a.status !== 201),
        (a) => String(a.status),
      ),
      'B. unanswered (connection broken by the kill)': unanswered.size,
      'B. stored': rows.length,
      'B. lost': r.lost.length,
      'B. duplicates': r.duplicates.length,
      'B. not intact': r.notIntact.length,
      'B. unanswered but stored': rows.filter((row) => unanswered.has(row.name)).length,
      'B. stored without a reference (cut mid-write)': partial,
      'B. integrity_check': integrity,
      'B. restart time, SIGKILL to first 200 (ms)': restartMs,
      'B. reads during the run: answered / failed': `${reads.requests.total} / ${reads.non2xx + reads.errors + reads.timeouts}`,
    })

    expect(killedAt).toBeGreaterThan(0)
    expect(newPid).not.toBe(victim)
    expect(answers.size + unanswered.size).toBe(submissions.length)
    // Only requests in flight when the process died may go unanswered: at most as many as there
    // are open connections (40 writing + 10 reading). A writer usually loses one; CI once saw 41
    // lost by the 40 writers, one of them losing a second request while the new process started.
    expect(unanswered.size).toBeLessThanOrEqual(WRITERS + READERS)
    expect(Object.keys(countBy([...answers.values()], (a) => String(a.status)))).toEqual(['201'])
    expect(r.lost).toEqual([])
    expect(r.duplicates).toEqual([])
    expect(r.notIntact).toEqual([])
    expect(integrity).toBe('ok')
    // Back within seconds, though readers keep knocking throughout: the first database use of a
    // fresh process used to freeze it ~10 s while libsql's loader had reverse DNS run on every
    // open socket (9.5–14.8 s in earlier runs; src/server/main.ts).
    expect(restartMs).toBeLessThan(8_000)
    // Serving again: a read and a write answer normally after the restart.
    expect((await fetch(`${BASE}/editions/2019`)).status).toBe(200)
  })
})
