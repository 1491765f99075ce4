import type { Payload } from 'payload'
import { beforeAll, describe, expect, it, vi } from 'vitest'

import { getEditions, getOrganization } from '../../src/site/content'
import { validEdition } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'

// Drafts, versions and scheduled publishing as an editor meets them, checked against what
// the public data layer returns (uncached here; freshness is the browser suite's business).
vi.mock('next/cache', () => import('../helpers/nextCacheOff'))

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
})

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

describe('drafts and versions', () => {
  it('keeps autosaved drafts off the site until they are published', async () => {
    const org = await payload.create({
      collection: 'organizations',
      data: { name: 'Lantern Data Co', slug: 'lantern-data', kind: 'company', _status: 'published' },
    })
    await payload.update({
      collection: 'organizations',
      id: org.id,
      draft: true,
      autosave: true,
      data: { name: 'Lantern Data Co (typing…)' },
    })
    expect((await getOrganization('lantern-data'))?.name).toBe('Lantern Data Co')
    // The editor sees the draft.
    const latest = await payload.findByID({ collection: 'organizations', id: org.id, draft: true })
    expect(latest.name).toBe('Lantern Data Co (typing…)')
    await payload.update({
      collection: 'organizations',
      id: org.id,
      data: { name: 'Lantern Data Company', _status: 'published' },
    })
    expect((await getOrganization('lantern-data'))?.name).toBe('Lantern Data Company')
  })

  it('restores an earlier version, which then is what the public sees', async () => {
    const org = await payload.create({
      collection: 'organizations',
      data: {
        name: 'Kestrel Labs',
        slug: 'kestrel-labs',
        kind: 'company',
        description: 'First text.',
        _status: 'published',
      },
    })
    await payload.update({
      collection: 'organizations',
      id: org.id,
      data: { description: 'A mistaken rewrite.', _status: 'published' },
    })
    expect((await getOrganization('kestrel-labs'))?.description).toBe('A mistaken rewrite.')
    const { docs: versions } = await payload.findVersions({
      collection: 'organizations',
      where: { parent: { equals: org.id } },
      sort: 'createdAt',
    })
    const first = versions.find((v) => v.version.description === 'First text.' && v.version._status === 'published')
    expect(first).toBeDefined()
    await payload.restoreVersion({ collection: 'organizations', id: first!.id })
    expect((await getOrganization('kestrel-labs'))?.description).toBe('First text.')
  })
})

describe('scheduled publishing', () => {
  it('publishes a draft edition when its time comes, through the jobs queue', async () => {
    const draft = await payload.create({
      collection: 'editions',
      draft: true,
      data: { ...validEdition(2041), title: 'Scheduled Expo 2041', _status: 'draft' },
    })
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'editions', value: draft.id } },
      waitUntil: new Date(Date.now() + 1500),
    })
    await payload.jobs.run()
    expect((await getEditions()).map((e) => e.year)).not.toContain(2041)
    await sleep(1600)
    await payload.jobs.run()
    expect((await getEditions()).map((e) => e.year)).toContain(2041)
  })

  it('unpublishes on schedule too', async () => {
    const live = await payload.create({
      collection: 'editions',
      data: { ...validEdition(2042), title: 'Expiring Expo 2042', _status: 'published' },
    })
    expect((await getEditions()).map((e) => e.year)).toContain(2042)
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'unpublish', doc: { relationTo: 'editions', value: live.id } },
      waitUntil: new Date(Date.now() - 1000),
    })
    await payload.jobs.run()
    expect((await getEditions()).map((e) => e.year)).not.toContain(2042)
  })
})
