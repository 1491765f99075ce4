import type { Payload } from 'payload'
import { beforeAll, describe, expect, it, vi } from 'vitest'

import { repairChineseCopies } from '../../src/localization/repairChineseCopies'
import { getEdition } from '../../src/site/content'
import { validEdition } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'

vi.mock('next/cache', () => import('../helpers/nextCacheOff'))

let payload: Payload

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
})

describe('repairing Chinese copies of English text', () => {
  it('reports on a dry run, clears on apply, and leaves real translations and English alone', async () => {
    const edition = await payload.create({
      collection: 'editions',
      data: {
        ...validEdition(2051),
        summary: richText('An English summary.'),
        body: richText('An English body.'),
        activities: [{ name: 'Opening forum' }, { name: 'Closing gala' }],
        _status: 'published',
      },
    })
    // What the upstream bug wrote: English saved as the Chinese version, beside real translations.
    const english = await payload.findByID({ collection: 'editions', id: edition.id, locale: 'en', depth: 0 })
    await payload.update({
      collection: 'editions',
      id: edition.id,
      locale: 'zh',
      data: {
        title: 'Test Expo 2051',
        summary: richText('中文摘要。'),
        body: richText('An English body.'),
        activities: english.activities!.map((a, i) => ({ ...a, name: i === 0 ? 'Opening forum' : '闭幕晚会' })),
      },
    })

    const dry = await repairChineseCopies(payload)
    const mine = dry.copies.filter((c) => c.collection === 'editions' && c.id === edition.id)
    expect(mine.map((c) => [c.path, c.clear]).sort()).toEqual([
      ['activities.1.name', true],
      ['body', true],
      ['title', false],
    ])
    expect(dry.documentsChanged).toBe(0)
    const unchanged = await payload.findByID({
      collection: 'editions',
      id: edition.id,
      locale: 'zh',
      fallbackLocale: false,
    })
    expect(JSON.stringify(unchanged.body)).toContain('An English body.')

    const applied = await repairChineseCopies(payload, { apply: true })
    expect(applied.documentsChanged).toBeGreaterThanOrEqual(1)
    const zh = await payload.findByID({ collection: 'editions', id: edition.id, locale: 'zh', fallbackLocale: false })
    expect(zh.body ?? null).toBeNull()
    expect(zh.activities?.map((a) => a.name ?? null)).toEqual([null, '闭幕晚会'])
    expect(JSON.stringify(zh.summary)).toContain('中文摘要。')
    expect(zh.title).toBe('Test Expo 2051')
    const en = await payload.findByID({ collection: 'editions', id: edition.id, locale: 'en', depth: 0 })
    expect(JSON.stringify(en.body)).toContain('An English body.')
    expect(en.activities?.map((a) => a.name)).toEqual(['Opening forum', 'Closing gala'])
    // The public Chinese page marks the body as untranslated again.
    expect((await getEdition(2051, 'zh'))?.untranslated).toContain('body')

    // A second run finds only what it must keep.
    const again = await repairChineseCopies(payload)
    expect(again.copies.filter((c) => c.id === edition.id && c.clear)).toEqual([])
  })
})
