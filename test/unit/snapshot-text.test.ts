import { describe, expect, it } from 'vitest'

import { snapshotRows } from '../../src/takedown/snapshotText'

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
