import { describe, expect, it } from 'vitest'

import { canonicalJson, snapshotRows } from '../../src/takedown/snapshotText'

const paragraph = (text: string) => ({ type: 'paragraph', children: [{ type: 'text', text }] })

describe('a content snapshot as staff read it', () => {
  it('gives one row per value by path, every language, rich text as words, bookkeeping left out', () => {
    const rows = snapshotRows({
      id: 7,
      title: { en: 'Opening ceremony', zh: '开幕式' },
      summary: { en: { root: { type: 'root', children: [paragraph('First line.'), paragraph('Second line.')] } } },
      hosts: [{ id: 'a1', role: 'host', organization: 3 }],
      takedown: { hidden: false },
      empty: null,
      year: 2018,
    })
    expect(rows).toEqual([
      { path: 'title.en', text: 'Opening ceremony' },
      { path: 'title.zh', text: '开幕式' },
      { path: 'summary.en', text: 'First line.\nSecond line.' },
      { path: 'hosts.1.role', text: 'host' },
      { path: 'hosts.1.organization', text: '3' },
      { path: 'year', text: '2018' },
    ])
  })

  it('is empty for an item that no longer existed', () => {
    expect(snapshotRows(null)).toEqual([])
  })
})

describe('the canonical JSON a snapshot is hashed over', () => {
  it('is the same whatever order the keys come back in, at every depth', () => {
    const a = { title: { zh: '开幕式', en: 'Opening' }, hosts: [{ role: 'host', id: 1 }], year: 2018, gone: undefined }
    const b = { year: 2018, hosts: [{ id: 1, role: 'host' }], title: { en: 'Opening', zh: '开幕式' } }
    expect(canonicalJson(a)).toBe(canonicalJson(b))
    expect(canonicalJson(b)).toBe(
      '{"hosts":[{"id":1,"role":"host"}],"title":{"en":"Opening","zh":"开幕式"},"year":2018}',
    )
    expect(canonicalJson([1, null, 'x'])).toBe('[1,null,"x"]')
  })
})
