// What a notice acts on: URL resolution per content type, hidden media, unconfirmed notices,
// the audit trail's permanence and the evidence files.
import type { Payload } from 'payload'
import { beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { confirmRemovalNotice } from '../../src/takedown/confirmation'
import { attachEvidence, evidenceError, MAX_EVIDENCE_BYTES } from '../../src/takedown/evidence'
import { resolveSiteUrl } from '../../src/takedown/resolveUrl'
import { pngFile } from '../helpers/fixtures'
import { createUser, testPayload } from '../helpers/payload'
import { login, rest } from '../helpers/rest'
import { resetRateLimits, submitPublicly, validNotice } from '../helpers/takedown'

let payload: Payload
let staffToken: string

const stored = async () => ({
  requests: (await payload.count({ collection: 'contact-requests', overrideAccess: true })).totalDocs,
  audit: (await payload.count({ collection: 'takedown-audit', overrideAccess: true })).totalDocs,
})

beforeAll(async () => {
  payload = await testPayload()
  staffToken = await login((await createUser(payload, ['staff'])).email, 'correct-horse-battery-staple')
})
beforeEach(() => resetRateLimits())

describe('URL resolution for each content type', () => {
  let mediaFilename: string

  beforeAll(async () => {
    const media = await payload.create({
      collection: 'media',
      data: { alt: 'Opening ceremony' },
      file: await pngFile('opening-ceremony.png'),
      overrideAccess: true,
    })
    mediaFilename = media.filename!
    await payload.create({
      collection: 'editions',
      data: {
        year: 2030,
        title: 'Draft Expo 2030',
        slug: 'draft-expo-2030',
        startDate: '2030-05-01',
        format: 'offline',
        _status: 'draft',
      } as never,
      draft: true,
      overrideAccess: true,
    })
  })

  it.each([
    ['an edition by path', '/editions/2019', 'editions'],
    ['an edition by full address', 'http://localhost:3000/editions/2020', 'editions'],
    ['an organization', '/organizations/ministry-of-science-and-technology', 'organizations'],
    ['a CMS page', '/about', 'pages'],
    ['a page under a language prefix', '/en/about', 'pages'],
  ])('resolves %s', async (_label, url, collection) => {
    const result = await resolveSiteUrl(payload, url)
    expect(result).toMatchObject({ ok: true, content: { collection } })
  })

  it('resolves a media file by its file address', async () => {
    expect(await resolveSiteUrl(payload, `/api/media/file/${mediaFilename}`)).toMatchObject({
      ok: true,
      content: { collection: 'media', title: mediaFilename },
    })
  })

  it.each([
    ['a draft', '/editions/2030', 'does not lead to anything published'],
    ['another site', 'https://example.org/editions/2019', 'not on this site'],
    ['a site section', '/organizations', 'not an edition, organization, page or media file'],
    ['the admin', '/admin/collections/editions', 'not an edition'],
    ['garbage', 'http://[::1', 'not a web address'],
  ])('refuses %s, saying why', async (_label, url, message) => {
    const result = await resolveSiteUrl(payload, url)
    expect(result.ok).toBe(false)
    expect((result as { message: string }).message).toContain(message)
  })

  it('hides a media file under a confirmed image notice: no longer served or listed', async () => {
    expect((await rest('GET', `media/file/${mediaFilename}`)).status).toBe(200)
    const res = await submitPublicly(
      validNotice(`/api/media/file/${mediaFilename}`, { basis: 'image', email: 'model@example.test' }),
    )
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    const notice = await payload.findByID({
      collection: 'contact-requests',
      id: res.body.doc.id,
      overrideAccess: true,
      showHiddenFields: true,
    })
    // Confirm through the stored hash's token is impossible by design; move it as the confirmation would.
    await payload.update({
      collection: 'contact-requests',
      id: notice.id,
      data: { status: 'received' },
      overrideAccess: true,
      context: { systemTransition: 'unconfirmed->received' },
    })
    expect([403, 404]).toContain((await rest('GET', `media/file/${mediaFilename}`)).status)
    expect((await rest('GET', `media?where[filename][equals]=${mediaFilename}`)).body.totalDocs).toBe(0)
    expect((await rest('GET', `media/file/${mediaFilename}`, { token: staffToken })).status).toBe(200)
    const hidden = await rest(
      'GET',
      `contact-requests/hidden-content?path=${encodeURIComponent(`/api/media/file/${mediaFilename}`)}`,
    )
    expect(hidden.body).toMatchObject({ hidden: true, reference: notice.reference, basis: 'image' })
    // The whole list, as the server's 410 gate keeps it: keyed the way a URL is parsed.
    const index = (await rest('GET', 'contact-requests/hidden-content')).body.hidden
    expect(index[`media:${mediaFilename}`]).toMatchObject({ reference: notice.reference, basis: 'image' })
    expect(Object.keys(index).every((key) => /^(editions|organizations|pages|media):/.test(key))).toBe(true)
  })
})

describe('unconfirmed notices change nothing', () => {
  it('leaves content visible while unconfirmed, and an expired link cannot confirm', async () => {
    const res = await submitPublicly(
      validNotice('/organizations/ministry-of-science-and-technology', { email: 'late@example.test' }),
    )
    expect(res.status).toBe(201)
    const path = '/organizations/ministry-of-science-and-technology'
    expect((await rest('GET', `contact-requests/hidden-content?path=${encodeURIComponent(path)}`)).body).toEqual({
      hidden: false,
    })
    expect(
      (await rest('GET', 'organizations?where[slug][equals]=ministry-of-science-and-technology')).body.totalDocs,
    ).toBe(1)
    await payload.db.updateOne({
      collection: 'contact-requests',
      id: res.body.doc.id,
      data: { confirmationExpiresAt: '2000-01-01T00:00:00.000Z' },
    })
    // The token itself is only in the email; an expired notice refuses any token that matches it.
    expect(await confirmRemovalNotice(payload, 'not-a-real-token-but-well-formed')).toMatchObject({
      ok: false,
      status: 404,
    })
    expect(
      (await payload.findByID({ collection: 'contact-requests', id: res.body.doc.id, overrideAccess: true })).status,
    ).toBe('unconfirmed')
  })
})

describe('the audit trail cannot be changed, by anyone', () => {
  it('refuses create, update and delete over REST even to an admin, and in server code too', async () => {
    const adminToken = await login((await createUser(payload, ['admin'])).email, 'correct-horse-battery-staple')
    const { docs } = await payload.find({ collection: 'takedown-audit', limit: 1, overrideAccess: true })
    const entry = docs[0]
    const before = await stored()
    expect(
      (await rest('POST', 'takedown-audit', { token: adminToken, body: { ...entry, id: undefined } })).status,
    ).toBe(403)
    expect(
      (await rest('PATCH', `takedown-audit/${entry.id}`, { token: adminToken, body: { actorLabel: 'someone else' } }))
        .status,
    ).toBe(403)
    expect((await rest('DELETE', `takedown-audit/${entry.id}`, { token: adminToken })).status).toBe(403)
    await expect(
      payload.update({
        collection: 'takedown-audit',
        id: entry.id,
        data: { actorLabel: 'rewritten' },
        overrideAccess: true,
      }),
    ).rejects.toThrow(/permanent/)
    await expect(payload.delete({ collection: 'takedown-audit', id: entry.id, overrideAccess: true })).rejects.toThrow(
      /permanent/,
    )
    expect(await stored()).toEqual(before)
    expect(
      (await payload.findByID({ collection: 'takedown-audit', id: entry.id, overrideAccess: true })).actorLabel,
    ).toBe(entry.actorLabel)
  })
})

describe('evidence files sent with a notice', () => {
  const asUpload = async (name: string, type = 'image/png', size?: number) => {
    const file = await pngFile(name)
    return { name, type, size: size ?? file.size, arrayBuffer: async () => new Uint8Array(file.data).buffer }
  }

  it('refuses too many, too large or the wrong kind of files, before anything is saved', async () => {
    expect(
      evidenceError([
        await asUpload('a.png'),
        await asUpload('b.png'),
        await asUpload('c.png'),
        await asUpload('d.png'),
      ]),
    ).toContain('at most 3')
    expect(evidenceError([await asUpload('big.png', 'image/png', MAX_EVIDENCE_BYTES + 1)])).toContain('larger than')
    expect(evidenceError([await asUpload('run.exe', 'application/x-msdownload')])).toContain('not a PDF')
    expect(evidenceError([await asUpload('licence.png')])).toBeNull()
  })

  it('stores them against the notice, readable by staff only', async () => {
    const res = await submitPublicly(validNotice('/editions/2019', { email: 'evidence@example.test' }))
    await attachEvidence(payload, res.body.doc.id, [await asUpload('licence.png')])
    const { docs } = await payload.find({
      collection: 'takedown-evidence',
      where: { notice: { equals: res.body.doc.id } },
      overrideAccess: true,
    })
    expect(docs).toHaveLength(1)
    const file = `takedown-evidence/file/${docs[0].filename}`
    expect((await rest('GET', file)).status).toBe(403)
    expect((await rest('GET', 'takedown-evidence')).status).toBe(403)
    expect((await rest('GET', file, { token: staffToken })).status).toBe(200)
    const notice = await rest('GET', `contact-requests/${res.body.doc.id}`, { token: staffToken })
    expect(notice.body.evidence.docs).toHaveLength(1)
  })
})
