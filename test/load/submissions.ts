import crypto from 'node:crypto'

import { MIN_FILL_MS, newChallenge } from '../../src/takedown/challenge'

// The submissions a load run sends: each has a unique marker (its `name`), so the database can
// be counted afterwards, and the answer it must get. Challenges are signed here with the
// server's secret and a known answer (see newChallenge), instead of solving ~2,000 proofs of work.

export type Expect = 'accepted' | 'accepted-or-limited' | 'refused'
export type Submission = { marker: string; body: Record<string, unknown>; expect: Expect; group?: string; why: string }

const YEARS = [2018, 2019, 2020, 2021, 2022]

async function altcha(issued: number): Promise<string> {
  const number = crypto.randomInt(0, 50_000)
  const c = await newChallenge(issued, number)
  return Buffer.from(
    JSON.stringify({ algorithm: c.algorithm, challenge: c.challenge, number, salt: c.salt, signature: c.signature }),
  ).toString('base64')
}

function enquiry(marker: string, email: string) {
  return {
    kind: 'enquiry',
    name: marker,
    email,
    subject: `Load question ${marker}`,
    message: `Which hall hosted the opening? (${marker})`,
  }
}

function notice(marker: string, email: string, n: number) {
  return {
    kind: 'removal',
    name: marker,
    email,
    phone: '+86 23 6000 0000',
    relationship: 'rights_holder',
    basis: 'copyright',
    urls: [{ url: `/editions/${YEARS[n % YEARS.length]}` }],
    elements: ['image'],
    originalWork: `My photograph of the opening ceremony (${marker}).`,
    explanation: `The photograph on this page is mine and was published without my permission (${marker}).`,
    requestedAction: 'remove',
    goodFaith: true,
    accuracy: true,
    signature: marker,
  }
}

export type Mix = {
  enquiries: number
  notices: number
  busyEmails: number
  perBusyEmail: number
  honeypots: number
  replays: number
  tooFast: number
}

/** The mix, shuffled. `run` keeps markers and emails unique across runs on one database. */
export async function buildSubmissions(run: string, mix: Mix): Promise<Submission[]> {
  const issued = Date.now() - MIN_FILL_MS - 1_000
  const list: Submission[] = []
  let n = 0
  const marker = () => `Load ${run} #${String(++n).padStart(5, '0')}`
  for (let i = 0; i < mix.enquiries; i++) {
    const m = marker()
    list.push({
      marker: m,
      body: { ...enquiry(m, `enquirer.${run}.${i}@example.test`), altcha: await altcha(issued) },
      expect: 'accepted',
      why: 'enquiry',
    })
  }
  for (let i = 0; i < mix.notices; i++) {
    const m = marker()
    list.push({
      marker: m,
      body: { ...notice(m, `holder.${run}.${i}@example.test`, i), altcha: await altcha(issued) },
      expect: 'accepted',
      why: 'removal notice',
    })
  }
  // Several messages from one address: the per-email limit (3 an hour, the default) decides.
  for (let e = 0; e < mix.busyEmails; e++) {
    for (let i = 0; i < mix.perBusyEmail; i++) {
      const m = marker()
      list.push({
        marker: m,
        body: { ...enquiry(m, `busy.${run}.${e}@example.test`), altcha: await altcha(issued) },
        expect: 'accepted-or-limited',
        group: `email:${e}`,
        why: 'same email',
      })
    }
  }
  for (let i = 0; i < mix.honeypots; i++) {
    const m = marker()
    list.push({
      marker: m,
      body: {
        ...enquiry(m, `robot.${run}.${i}@example.test`),
        website: 'http://spam.example',
        altcha: await altcha(issued),
      },
      expect: 'refused',
      why: 'honeypot',
    })
  }
  // Pairs sharing one solved challenge: exactly one of each pair may be stored.
  for (let i = 0; i < mix.replays; i++) {
    const shared = await altcha(issued)
    for (const side of ['a', 'b']) {
      const m = marker()
      list.push({
        marker: m,
        body: { ...enquiry(m, `replay.${run}.${i}${side}@example.test`), altcha: shared },
        expect: 'accepted-or-limited',
        group: `replay:${i}`,
        why: 'replayed challenge',
      })
    }
  }
  // A challenge dated after the moment of sending: the minimum fill time refuses it.
  for (let i = 0; i < mix.tooFast; i++) {
    const m = marker()
    list.push({
      marker: m,
      body: { ...enquiry(m, `hasty.${run}.${i}@example.test`), altcha: await altcha(Date.now() + 10 * 60_000) },
      expect: 'refused',
      why: 'too fast',
    })
  }
  for (let i = list.length - 1; i > 0; i--) {
    const j = crypto.randomInt(0, i + 1)
    ;[list[i], list[j]] = [list[j], list[i]]
  }
  return list
}
