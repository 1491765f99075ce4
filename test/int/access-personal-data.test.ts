import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { User } from '../../src/payload-types'
import { ACTORS, type Actor, PERSONAL_DATA, type Signed } from '../helpers/accessTable'
import { pngFile } from '../helpers/fixtures'
import { createUser, testPayload } from '../helpers/payload'
import { graphql, login, rest } from '../helpers/rest'
import { validEnquiry, validNotice } from '../helpers/takedown'

// Field-level reads of personal data: unique markers are planted in every personal field, then
// each actor fetches everything it can (every collection at depth 2, drafts asked for, every
// global) through REST, GraphQL and the Local API. A marker may appear only for its readers.

type Marker = keyof typeof PERSONAL_DATA
let payload: Payload
const users = {} as Record<Signed, User>
const tokens = {} as Record<Signed, string>
const markers = {} as Record<Marker, string>
let evidenceUrl = ''

beforeAll(async () => {
  payload = await testPayload()
  for (const role of ['editor', 'staff', 'admin'] as const) {
    users[role] = await createUser(payload, [role])
    tokens[role] = await login(users[role].email, 'correct-horse-battery-staple')
  }
  const colleague = await payload.create({
    collection: 'users',
    data: { email: 'colleague-marker-7f3a@example.test', password: 'correct-horse-battery-staple', roles: ['staff'] },
  })
  Object.assign(markers, {
    notifierEmail: 'notifier-marker-91c2@example.test',
    notifierPhone: 'PHONE-MARKER-5521',
    notifierAddress: 'ADDRESS-MARKER-7781',
    staffNotes: 'STAFFNOTES-MARKER-3319',
    senderFingerprint: 'FINGERPRINT-MARKER-0042',
    confirmationTokenHash: 'TOKENHASH-MARKER-6604',
    colleagueEmail: colleague.email,
    evidenceFile: 'evidence-marker-4410',
  })
  const trusted = { overrideAccess: true, context: { trustedServer: true } } as const
  const notice = await payload.create({
    collection: 'contact-requests',
    data: validNotice('/editions/2019', {
      email: markers.notifierEmail,
      phone: markers.notifierPhone,
      postalAddress: markers.notifierAddress,
    }) as never,
    ...trusted,
  })
  await payload.create({
    collection: 'contact-requests',
    data: validEnquiry({ email: markers.notifierEmail }) as never,
    ...trusted,
  })
  // Server-only fields, written the way the server writes them; the colleague is assignee and audit actor.
  await payload.db.updateOne({
    collection: 'contact-requests',
    id: notice.id,
    data: {
      staffNotes: markers.staffNotes,
      senderFingerprint: markers.senderFingerprint,
      confirmationTokenHash: markers.confirmationTokenHash,
    },
  })
  // The colleague takes the case through the API, so the real audit hook labels the entry.
  await payload.update({
    collection: 'contact-requests',
    id: notice.id,
    data: { assignee: colleague.id },
    overrideAccess: false,
    user: colleague,
  })
  await payload.create({
    collection: 'takedown-audit',
    data: {
      request: notice.id,
      actor: colleague.id,
      at: new Date().toISOString(),
      actorLabel: 'staff',
      toStatus: 'received',
      entryHash: 'x',
    },
    ...trusted,
  })
  const evidence = await payload.create({
    collection: 'takedown-evidence',
    data: { notice: notice.id },
    file: await pngFile(`${markers.evidenceFile}.png`),
    ...trusted,
  })
  evidenceUrl = `takedown-evidence/file/${evidence.filename}`
})

const user = (actor: Actor) => (actor === 'public' ? undefined : users[actor])
const token = (actor: Actor) => (actor === 'public' ? undefined : tokens[actor])

/** Everything one actor can fetch through one API, as text. */
async function everythingVisibleTo(actor: Actor, api: 'local' | 'rest' | 'graphql'): Promise<string> {
  const slugs = payload.config.collections.map((c) => c.slug).filter((s) => !s.startsWith('payload-'))
  const parts: unknown[] = []
  if (api === 'local') {
    for (const slug of slugs) {
      try {
        parts.push(
          await payload.find({
            collection: slug as never,
            depth: 2,
            draft: true,
            limit: 500,
            overrideAccess: false,
            user: user(actor),
          }),
        )
      } catch (err) {
        expect([401, 403]).toContain((err as { status?: number }).status)
      }
    }
    for (const global of payload.config.globals) {
      try {
        parts.push(
          await payload.findGlobal({ slug: global.slug as never, depth: 2, overrideAccess: false, user: user(actor) }),
        )
      } catch (err) {
        expect([401, 403]).toContain((err as { status?: number }).status)
      }
    }
  } else if (api === 'rest') {
    for (const slug of slugs) {
      const res = await rest('GET', `${slug}?depth=2&draft=true&limit=500`, { token: token(actor) })
      expect([200, 403]).toContain(res.status)
      parts.push(res.body)
    }
    for (const global of payload.config.globals)
      parts.push((await rest('GET', `globals/${global.slug}?depth=2`, { token: token(actor) })).body)
    const file = await rest('GET', evidenceUrl, { token: token(actor) })
    parts.push(file.status === 200 ? `${markers.evidenceFile} (file served)` : file.status)
  } else {
    // One query per list, so a refused list does not hide what another one leaks.
    for (const query of [
      '{ ContactRequests(limit: 500) { docs { email phone postalAddress staffNotes senderFingerprint assignee { email } } } }',
      '{ Users(limit: 500) { docs { email } } }',
      '{ TakedownAudits(limit: 500) { docs { actor { email } request { email phone } } } }',
    ]) {
      const res = await graphql(query, { token: token(actor) })
      for (const error of res.body?.errors ?? []) expect(error.extensions?.statusCode ?? error.message, query).toBe(403)
      parts.push(res.body?.data)
    }
  }
  return JSON.stringify(parts)
}

describe('personal data reaches only its readers', () => {
  for (const api of ['rest', 'graphql', 'local'] as const) {
    it(`through ${api === 'local' ? 'the Local API (overrideAccess: false)' : api.toUpperCase()}`, async () => {
      const seen: string[] = []
      const allowed: string[] = []
      for (const actor of ACTORS) {
        const text = await everythingVisibleTo(actor, api)
        for (const [marker, { readers }] of Object.entries(PERSONAL_DATA) as [Marker, { readers: Actor[] }][]) {
          // GraphQL's query above asks for neither the token hash nor the evidence file name of others: skip those there.
          if (api === 'graphql' && (marker === 'confirmationTokenHash' || marker === 'evidenceFile')) continue
          if (text.includes(markers[marker])) seen.push(`${actor} sees ${marker}`)
          if ((readers as Actor[]).includes(actor)) allowed.push(`${actor} sees ${marker}`)
        }
      }
      expect(seen).toEqual(allowed)
    })
  }
})
