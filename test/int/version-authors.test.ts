import { createLocalReq, type Payload } from 'payload'
import { beforeAll, describe, expect, it, vi } from 'vitest'

import { scheduledChanges, versionRows } from '../../src/admin/Versions/versionRows'
import { validEdition } from '../helpers/fixtures'
import { createUser, testPayload } from '../helpers/payload'
import { login, rest } from '../helpers/rest'

// Issue 20 §4: the Versions tab says who saved each version and what it is, and a publish is
// answered "Published" (the admin shows the answer's message as its toast).
vi.mock('next/cache', () => import('../helpers/nextCacheOff'))

const PASSWORD = 'correct-horse-battery-staple'
let payload: Payload
let editorToken = ''
let editor: Awaited<ReturnType<typeof createUser>>

beforeAll(async () => {
  payload = await testPayload()
  editor = await createUser(payload, ['editor'])
  editor = await payload.update({ collection: 'users', id: editor.id, data: { name: 'Wen Li' }, overrideAccess: true })
  editorToken = await login(editor.email, PASSWORD)
})

describe('who saved each version', () => {
  it('records the signed-in saver on every version and keeps the name off the public API', async () => {
    const created = await rest('POST', 'organizations', {
      token: editorToken,
      body: { name: 'Version Author Co', slug: 'version-author-co', kind: 'company', _status: 'published' },
    })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    // A save by the server itself (no one signed in), then a draft by the editor.
    await payload.update({ collection: 'organizations', id, data: { country: 'China' } })
    await rest('PATCH', `organizations/${id}?draft=true`, { token: editorToken, body: { name: 'Version Author Co.' } })

    const { docs } = await payload.findVersions({
      collection: 'organizations',
      where: { parent: { equals: id } },
      sort: '-updatedAt',
      depth: 0,
    })
    expect(docs.map((v) => v.version.savedBy ?? null)).toEqual(['Wen Li', null, 'Wen Li'])

    const anonymous = await rest('GET', `organizations/${id}`)
    expect(anonymous.status).toBe(200)
    expect(anonymous.body).not.toHaveProperty('savedBy')
    const versionsAnonymous = await rest('GET', `organizations/versions?where[parent][equals]=${id}`)
    expect(JSON.stringify(versionsAnonymous.body)).not.toContain('Wen Li')
  })

  it('lists rows newest first with status, saver, the version on the site and what is scheduled', async () => {
    const org = await payload.create({
      collection: 'organizations',
      data: { name: 'Row Status Co', slug: 'row-status-co', kind: 'company', _status: 'published' },
      user: editor,
      overrideAccess: false,
    })
    await payload.update({
      collection: 'organizations',
      id: org.id,
      draft: true,
      data: { name: 'Row Status Co (draft)' },
      user: editor,
      overrideAccess: false,
    })
    const publishAt = new Date(Date.now() + 3 * 24 * 3600_000)
    // As the admin's Schedule Publish dialog queues it: the id as a string.
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'organizations', value: String(org.id) as unknown as number } },
      waitUntil: publishAt,
    })
    const req = await createLocalReq({ user: { ...editor, collection: 'users' } }, payload)

    const rows = await versionRows(req, 'organizations', org.id, true)
    expect(rows.map(({ status, savedBy, onSite, latest }) => ({ status, savedBy, onSite, latest }))).toEqual([
      { status: 'draft', savedBy: 'Wen Li', onSite: false, latest: true },
      { status: 'published', savedBy: 'Wen Li', onSite: true, latest: false },
    ])
    // Times to the second come from Payload's own timestamps, newest first.
    expect(Date.parse(rows[0].savedAt)).toBeGreaterThanOrEqual(Date.parse(rows[1].savedAt))

    const scheduled = await scheduledChanges(req, 'organizations', org.id)
    expect(scheduled).toEqual([{ action: 'publish', at: publishAt.toISOString() }])
    // Another document's schedule is not this one's.
    expect(await scheduledChanges(req, 'editions', org.id)).toEqual([])
  })

  it('reads versions with the asker’s access: staff without editing rights are refused', async () => {
    const org = await payload.create({
      collection: 'organizations',
      data: { name: 'Access Row Co', slug: 'access-row-co', kind: 'company', _status: 'draft' },
      draft: true,
    })
    const staff = await createUser(payload, ['staff'])
    const req = await createLocalReq({ user: { ...staff, collection: 'users' } }, payload)
    await expect(versionRows(req, 'organizations', org.id, false)).rejects.toThrow(/not allowed/)
  })
})

describe('what a save is answered', () => {
  it('answers a publish "Published." and a draft save with Payload’s draft message', async () => {
    const created = await rest('POST', 'pages', {
      token: editorToken,
      body: { title: 'Toast page', slug: 'toast-page', _status: 'published' },
    })
    expect(created.body.message).toBe('Published.')
    const id = created.body.doc.id
    const draft = await rest('PATCH', `pages/${id}?draft=true`, { token: editorToken, body: { title: 'Toast page 2' } })
    expect(draft.status).toBe(200)
    expect(draft.body.message).toBe('Draft saved successfully.')
    const published = await rest('PATCH', `pages/${id}`, {
      token: editorToken,
      body: { title: 'Toast page 3', _status: 'published' },
    })
    expect(published.status).toBe(200)
    expect(published.body.message).toBe('Published.')
    expect(published.body.doc.title).toBe('Toast page 3')
  })

  it('says it in the admin’s language, and leaves refusals and other collections as Payload answers them', async () => {
    const edition = await payload.create({
      collection: 'editions',
      data: { ...validEdition(2161), _status: 'published' },
    })
    const zh = await rest('PATCH', `editions/${edition.id}`, {
      token: editorToken,
      headers: { 'Accept-Language': 'zh' },
      body: { _status: 'published' },
    })
    expect(zh.status).toBe(200)
    expect(zh.body.message).toBe('已发布。')
    const refused = await rest('PATCH', `editions/${edition.id}`, { token: editorToken, body: { year: 'soon' } })
    expect(refused.status).toBe(400)
    const self = await rest('PATCH', `users/${editor.id}`, { token: editorToken, body: { name: 'Wen Li' } })
    expect(self.status).toBe(200)
    expect(self.body.message).toBe('Updated successfully.')
  })
})
