import type { Payload } from 'payload'
import { beforeAll, describe, expect, it, vi } from 'vitest'

import { createUser, testPayload } from '../helpers/payload'
import { login, rest } from '../helpers/rest'

// Bulk editing from the admin: export (plugin-import-export) and our import, which checks
// every row first, writes all or nothing, and matches rows on year / slug so a second run of
// the same file changes nothing.
vi.mock('next/cache', () => import('../helpers/nextCacheOff'))

let payload: Payload
let editorToken: string
let staffToken: string

const importAs = (collection: string, text: string, type: string, token = editorToken, query = '') =>
  rest('POST', `${collection}/import${query}`, { body: text, token, headers: { 'Content-Type': type } })

const counts = async () => ({
  editions: (await payload.count({ collection: 'editions' })).totalDocs,
  organizations: (await payload.count({ collection: 'organizations' })).totalDocs,
  editionVersions: (await payload.countVersions({ collection: 'editions' })).totalDocs,
  organizationVersions: (await payload.countVersions({ collection: 'organizations' })).totalDocs,
})

const ORGANIZATIONS_JSON = JSON.stringify([
  {
    slug: 'harbour-robotics',
    name: { en: 'Harbour Robotics', zh: '港湾机器人' },
    kind: 'company',
    country: 'China',
    website: 'https://harbour.example',
    _status: 'published',
  },
  { slug: 'ministry-of-science-and-technology', country: { en: 'China', zh: '中华人民共和国' } },
])

const EDITIONS_CSV = [
  'year,title,title_zh,startDate,endDate,city,format,hosts_0_organization,hosts_0_role,_status',
  '2031,Smart China Expo 2031,2031中国国际智能产业博览会,2031-08-20,2031-08-23,Chongqing,hybrid,harbour-robotics,host,published',
  '2019,,,,,,,,,',
  '2018,,,,,Chongqing City,,,,',
].join('\n')

beforeAll(async () => {
  payload = await testPayload()
  const editor = await createUser(payload, ['editor'])
  const staff = await createUser(payload, ['staff'])
  editorToken = await login(editor.email, 'correct-horse-battery-staple')
  staffToken = await login(staff.email, 'correct-horse-battery-staple')
})

describe('importing a good file', () => {
  it('creates and updates organizations from JSON, in both languages, and reports each row', async () => {
    const res = await importAs('organizations', ORGANIZATIONS_JSON, 'application/json')
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ applied: true, format: 'json', created: 1, updated: 1, unchanged: 0, refused: 0 })
    expect(res.body.rows[0]).toMatchObject({ row: 1, key: 'harbour-robotics', action: 'create' })
    expect(res.body.rows[1]).toMatchObject({
      row: 2,
      key: 'ministry-of-science-and-technology',
      action: 'update',
      changes: ['country (zh)'],
    })
    const created = await payload.find({
      collection: 'organizations',
      where: { slug: { equals: 'harbour-robotics' } },
      locale: 'zh',
    })
    expect(created.docs[0]).toMatchObject({ name: '港湾机器人', kind: 'company', _status: 'published' })
  })

  it('creates and updates editions from CSV, hosts named by organization slug', async () => {
    const res = await importAs('editions', EDITIONS_CSV, 'text/csv')
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ applied: true, format: 'csv', created: 1, updated: 1, unchanged: 1, refused: 0 })
    expect(res.body.rows.map((r: { action: string }) => r.action)).toEqual(['create', 'unchanged', 'update'])
    const { docs } = await payload.find({
      collection: 'editions',
      where: { year: { equals: 2031 } },
      depth: 1,
      locale: 'zh',
    })
    expect(docs[0]).toMatchObject({ title: '2031中国国际智能产业博览会', format: 'hybrid', _status: 'published' })
    expect(docs[0].hosts?.[0]).toMatchObject({ role: 'host', organization: { slug: 'harbour-robotics' } })
    const edition2018 = await payload.find({ collection: 'editions', where: { year: { equals: 2018 } } })
    expect(edition2018.docs[0].city).toBe('Chongqing City')
  })

  it('changes nothing when the same files are imported again', async () => {
    const before = await counts()
    const json = await importAs('organizations', ORGANIZATIONS_JSON, 'application/json')
    expect(json.body).toMatchObject({ applied: true, created: 0, updated: 0, unchanged: 2, refused: 0 })
    const csv = await importAs('editions', EDITIONS_CSV, 'text/csv')
    expect(csv.body).toMatchObject({ applied: true, created: 0, updated: 0, unchanged: 3, refused: 0 })
    expect(await counts()).toEqual(before)
  })

  it('accepts the file as a form upload too (what the admin sends)', async () => {
    const form = new FormData()
    form.append('file', new Blob([ORGANIZATIONS_JSON], { type: 'application/json' }), 'organizations.json')
    const res = await rest('POST', 'organizations/import', { body: form, token: editorToken })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ applied: true, unchanged: 2 })
  })
})

describe('a file with bad rows', () => {
  const BAD_CSV = [
    'year,title,startDate,format,hosts_0_organization,website',
    '2032,Smart China Expo 2032,2032-08-20,offline,,',
    'twenty,Not a year,2033-01-01,offline,,',
    '2034,,2034-01-01,in-person,no-such-org,',
    '2032,Twice,2032-09-01,offline,,',
  ].join('\n')

  it('is refused whole, with every problem named by row and field, and nothing written', async () => {
    const before = await counts()
    const res = await importAs('editions', BAD_CSV, 'text/csv')
    expect(res.status).toBe(422)
    expect(res.body).toMatchObject({ applied: false, created: 0, updated: 0, refused: 3 })
    expect(res.body.message).toMatch(/Nothing was imported: 3 of 4 rows were refused/)
    const [ok, badYear, badValues, duplicate] = res.body.rows
    // Numbered as a spreadsheet shows the file: the header is row 1.
    expect(ok).toMatchObject({ row: 2, action: 'create', errors: [] })
    expect(badYear.errors).toEqual([{ field: 'year', message: '"twenty" is not a year between 1900 and 2200.' }])
    const fields = badValues.errors.map((e: { field: string }) => e.field)
    expect(fields).toEqual(expect.arrayContaining(['format', 'hosts_0_organization', 'title']))
    expect(duplicate.errors[0].message).toMatch(/also in row 2/)
    expect(await counts()).toEqual(before)
    expect((await payload.find({ collection: 'editions', where: { year: { equals: 2032 } } })).totalDocs).toBe(0)
  })

  it('undoes the rows already written when a later one fails on save (one transaction)', async () => {
    const before = await counts()
    // Row 3 (under the header) passes the file checks but the collection refuses it (end before start).
    const csv = [
      'year,title,startDate,endDate',
      '2035,Smart China Expo 2035,2035-05-01,2035-05-03',
      '2036,Smart China Expo 2036,2036-05-10,2036-05-01',
    ].join('\n')
    const res = await importAs('editions', csv, 'text/csv')
    expect(res.status).toBe(422)
    expect(res.body.applied).toBe(false)
    expect(res.body.rows[1]).toMatchObject({ row: 3, action: 'refused' })
    expect(res.body.rows[1].errors[0].field).toBe('endDate')
    expect(await counts()).toEqual(before)
    expect((await payload.find({ collection: 'editions', where: { year: { equals: 2035 } } })).totalDocs).toBe(0)
  })

  it('refuses a file that is not CSV or JSON at all, with one message', async () => {
    const res = await importAs('organizations', '[{"slug": "broken"', 'application/json')
    expect(res.status).toBe(422)
    expect(res.body.message).toMatch(/not valid JSON/)
  })

  it('checks without writing on a dry run', async () => {
    const before = await counts()
    const res = await importAs(
      'organizations',
      JSON.stringify([{ slug: 'dry-run-co', name: 'Dry Run Co' }]),
      'application/json',
      editorToken,
      '?dryRun=1',
    )
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ applied: false, dryRun: true, created: 1 })
    expect(await counts()).toEqual(before)
  })
})

describe('who may import and export', () => {
  it('refuses the public and staff, on import and on export', async () => {
    expect((await importAs('organizations', ORGANIZATIONS_JSON, 'application/json', '')).status).toBe(401)
    expect((await importAs('organizations', ORGANIZATIONS_JSON, 'application/json', staffToken)).status).toBe(403)
    const exportBody = { data: { collectionSlug: 'organizations', format: 'csv', locale: 'all', drafts: 'no' } }
    expect((await rest('POST', 'exports/download', { body: exportBody, token: staffToken })).status).toBe(403)
    expect((await rest('POST', 'exports/download', { body: exportBody })).status).toBe(403)
    expect((await rest('GET', 'exports', { token: staffToken })).status).toBe(403)
  })

  it('lets an editor export organizations as CSV and JSON, and import the export back unchanged', async () => {
    for (const format of ['csv', 'json'] as const) {
      const res = await rest('POST', 'exports/download', {
        body: { data: { collectionSlug: 'organizations', format, locale: 'all', drafts: 'no' } },
        token: editorToken,
      })
      expect(res.status).toBe(200)
      const text = typeof res.body === 'string' ? res.body : JSON.stringify(res.body)
      expect(text).toContain('harbour-robotics')
      const again = await importAs('organizations', text, format === 'csv' ? 'text/csv' : 'application/json')
      expect(again.status).toBe(200)
      expect(again.body).toMatchObject({ applied: true, created: 0, updated: 0, refused: 0 })
      expect(again.body.unchanged).toBeGreaterThan(5)
      expect(again.body.ignoredColumns).toEqual(expect.arrayContaining(['id', 'createdAt']))
    }
  })
})
