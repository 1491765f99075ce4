import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import { beforeAll, describe, expect, it, vi } from 'vitest'

import { getEdition } from '../../src/site/content'
import { validEdition } from '../helpers/fixtures'
import { createUser, testPayload } from '../helpers/payload'
import { login, rest } from '../helpers/rest'

// The admin's Publish button, as Payload 3.90.1 sends it: PATCH ?locale=zh without
// `fallback-locale=null`, then the form takes the answer as its new state and sends all of it
// again on the next save (upstream payloadcms/payload#16303). These tests replay that exchange
// over REST, so they hold for whatever the admin client does with the answer.
vi.mock('next/cache', () => import('../helpers/nextCacheOff'))

let payload: Payload
let token: string

const richText = (text: string) => ({
  root: {
    type: 'root',
    direction: 'ltr' as const,
    format: '' as const,
    indent: 0,
    version: 1,
    children: [
      {
        type: 'paragraph',
        direction: 'ltr' as const,
        format: '' as const,
        indent: 0,
        version: 1,
        children: [{ type: 'text', text, detail: 0, format: 0, mode: 'normal', style: '', version: 1 }],
      },
    ],
  },
})

beforeAll(async () => {
  payload = await testPayload()
  const editor = await createUser(payload, ['editor'])
  token = await login(editor.email, 'correct-horse-battery-staple')
})

/** What the edit form keeps of a saved document and sends back on its next save. */
function formStateOf(doc: Record<string, unknown>) {
  const { id: _id, createdAt: _c, updatedAt: _u, takedown: _t, ...fields } = doc
  return fields
}

describe('publishing in the Chinese admin locale', () => {
  it('never stores English text as the Chinese version, however often the editor publishes', async () => {
    const edition = await payload.create({
      collection: 'editions',
      data: {
        ...validEdition(2031),
        summary: richText('English summary of the edition.'),
        body: richText('English body text.'),
        activities: [{ name: 'Opening forum' }],
        _status: 'published',
      },
    })

    // First publish in 中文: the title (required in each language) and the summary were typed.
    const first = await rest('PATCH', `editions/${edition.id}?depth=0&locale=zh`, {
      token,
      body: { title: '测试展会 2031', summary: richText('本届展会的中文摘要。'), _status: 'published' },
    })
    expect(first.status, JSON.stringify(first.body)).toBe(200)
    // The answer the form adopts must not carry English into the Chinese fields.
    expect(first.body.doc.body ?? null).toBeNull()
    expect(first.body.doc.activities?.[0]?.name ?? null).toBeNull()

    // Second publish: the form sends back everything it holds.
    const second = await rest('PATCH', `editions/${edition.id}?depth=0&locale=zh`, {
      token,
      body: { ...formStateOf(first.body.doc), _status: 'published' },
    })
    expect(second.status).toBe(200)

    const stored = await payload.findByID({
      collection: 'editions',
      id: edition.id,
      locale: 'zh',
      fallbackLocale: false,
      depth: 0,
    })
    expect(JSON.stringify(stored.summary)).toContain('本届展会的中文摘要。')
    expect(stored.body ?? null).toBeNull()
    expect(stored.title).toBe('测试展会 2031')
    expect(stored.activities?.[0]?.name ?? null).toBeNull()
    // English is untouched.
    const english = await payload.findByID({ collection: 'editions', id: edition.id, locale: 'en', depth: 0 })
    expect(english.title).toBe('Test Expo 2031')

    // The public /zh page still shows English where untranslated, and says so.
    const page = await getEdition(2031, 'zh')
    expect(page?.title).toBe('测试展会 2031')
    expect(page?.untranslated).toContain('body')
    expect(page?.untranslated).not.toContain('summary')
  })

  it('still falls back where a reader asks for it (the public site does)', async () => {
    const res = await rest('GET', `editions?where[year][equals]=2031&locale=zh&fallback-locale=en&depth=0`)
    expect(res.status).toBe(200)
    expect(res.body.docs[0].title).toBe('测试展会 2031')
    expect(JSON.stringify(res.body.docs[0].body)).toContain('English body text.')
  })
})

// Tripwire: the workaround above (src/hooks/answerWritesWithoutFallback.ts) exists
// because the admin's Publish button asks without `fallback-locale=null`, unlike Save draft.
// When upstream sends it on publish too, this fails: the hook and its line in payload.config.ts
// may then go, and this tripwire with them.
describe('upstream payloadcms/payload#16303', () => {
  it('PublishButton still publishes without fallback-locale=null', () => {
    const ui = path.join(process.cwd(), 'node_modules/@payloadcms/ui')
    const source = fs.readFileSync(path.join(ui, 'dist/elements/PublishButton/index.js'), 'utf8')
    // One mention only: the Save draft path. A fixed publish adds its own.
    expect(source.match(/'fallback-locale'/g)?.length).toBe(1)
  })
})
