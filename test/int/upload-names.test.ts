// File names with control characters, for media (editors) and removal-notice evidence (staff
// over REST, the public through the removal form's Local API call): an unreadable upload is a
// 400 that says why, never a 500; a name that arrives is stored without the characters.
import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { mediaDir } from '../../src/config/paths'
import { attachEvidence } from '../../src/takedown/evidence'
import { pngFile } from '../helpers/fixtures'
import { createUser, testPayload } from '../helpers/payload'
import { login, rest } from '../helpers/rest'
import { validEnquiry } from '../helpers/takedown'

const CONTROL_NAMES = ['a\u0000b.png', 'bell\u0007.png', 'esc\u001b[31mred.png', 'del\u007f.png']
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/

let payload: Payload
let token = ''
let noticeId: number

const count = async (collection: 'media' | 'takedown-evidence') =>
  (await payload.count({ collection, overrideAccess: true })).totalDocs
/** Files in the collection's upload folder (evidence lives beside media, not in it). */
const files = (collection: 'media' | 'takedown-evidence') => {
  const upload = payload.collections[collection].config.upload
  const dir = path.resolve(typeof upload === 'object' && upload.staticDir ? upload.staticDir : mediaDir())
  return fs.existsSync(dir) ? fs.readdirSync(dir) : []
}

async function upload(collection: 'media' | 'takedown-evidence', name: string) {
  const file = await pngFile()
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(file.data)], { type: 'image/png' }), name)
  form.append('_payload', JSON.stringify(collection === 'media' ? { alt: 'name probe' } : { notice: noticeId }))
  return rest('POST', collection, { body: form, token })
}

beforeAll(async () => {
  payload = await testPayload()
  // An admin may upload to both collections.
  token = await login((await createUser(payload, ['admin'])).email, 'correct-horse-battery-staple')
  noticeId = (
    await payload.create({
      collection: 'contact-requests',
      data: validEnquiry() as never,
      overrideAccess: true,
      context: { trustedServer: true },
    })
  ).id as number
}, 120_000)

describe('REST uploads whose file name the multipart parser cannot read', () => {
  for (const collection of ['media', 'takedown-evidence'] as const) {
    it(`${collection}: NUL and other control characters answer 400 saying why, and nothing is written`, async () => {
      const before = { docs: await count(collection), files: files(collection).length }
      for (const name of CONTROL_NAMES) {
        const res = await upload(collection, name)
        expect(res.status, JSON.stringify(name)).toBe(400)
        expect(res.body.errors[0].message).toMatch(/could not be read.*control characters/)
      }
      expect(await count(collection)).toBe(before.docs)
      expect(files(collection).length).toBe(before.files)
    })
  }

  it('an ordinary name still uploads', async () => {
    const res = await upload('media', 'expo-hall.png')
    expect(res.status).toBe(201)
    expect(res.body.doc.filename).toBe('expo-hall.png')
  })
})

describe('names that arrive are stored without control or direction characters', () => {
  it('REST: a right-to-left override (invoice\u202Egnp.exe shown as invoiceexe.png) is removed', async () => {
    const res = await upload('media', 'invoice\u202egnp.png')
    expect(res.status).toBe(201)
    expect(res.body.doc.filename).toBe('invoicegnp.png')
  })

  it('Local API (the removal form attaches evidence this way): every unsafe character is removed', async () => {
    const { data } = await pngFile()
    const names = [...CONTROL_NAMES, 'c1\u0085.png', 'tab\t.png', 'rtl\u202egnp.png', '\u0000.png']
    await attachEvidence(
      payload,
      noticeId,
      names.map((name) => ({
        name,
        type: 'image/png',
        size: data.length,
        arrayBuffer: async () => new Uint8Array(data).buffer,
      })),
    )
    const { docs } = await payload.find({
      collection: 'takedown-evidence',
      where: { notice: { equals: noticeId } },
      overrideAccess: true,
      limit: 50,
    })
    const stored = docs.map((doc) => doc.filename ?? '')
    expect(stored.length).toBeGreaterThanOrEqual(names.length)
    for (const name of stored) {
      expect(name, JSON.stringify(name)).not.toMatch(UNSAFE)
      expect(name, JSON.stringify(name)).not.toMatch(/^\./) // never a hidden file
    }
    expect(stored).toEqual(
      expect.arrayContaining(['ab.png', 'bell.png', 'esc[31mred.png', 'del.png', 'rtlgnp.png', 'file.png']),
    )
  })
})
