import { describe, expect, it } from 'vitest'

import { buildSnippet, highlightTerms, pageWindow, rankDocuments, type SearchDocument } from '../../src/site/search'

// The ranking and snippets are plain functions over the in-memory index; these tests hold
// them to their promises without a database (the data layer's tests cover what goes in).

function doc(title: string, body: string, kind: SearchDocument['kind'] = 'organization'): SearchDocument {
  const field = (name: 'title' | 'body', text: string, weight: number) => ({
    name,
    text,
    lower: text.toLowerCase(),
    weight,
  })
  return {
    kind,
    url: `/${title.toLowerCase().replace(/\W+/g, '-')}`,
    title,
    subtitle: '',
    fields: [field('title', title, 5), field('body', body, 1)],
  }
}

const FILLER = 'The expo gathered companies, universities and city agencies around intelligent manufacturing and data. '

describe('search ranking', () => {
  it('ranks a title match above a body match, and a whole word above a part of one', () => {
    const docs = [
      doc('Harbour Authority', 'Works with the robotics fair.'),
      doc('Robotics Institute', 'Research.'),
      doc('Robotic Arms Ltd', 'Makes arms.'),
    ]
    expect(rankDocuments(docs, ['robotics']).map((r) => r.doc.title)).toEqual([
      'Robotics Institute',
      'Harbour Authority',
    ])
    expect(rankDocuments(docs, ['robotic']).map((r) => r.doc.title)).toEqual([
      'Robotic Arms Ltd',
      'Robotics Institute',
      'Harbour Authority',
    ])
  })

  it('finds the few matching records among thousands, equal scores in title order', () => {
    const docs = Array.from({ length: 5_000 }, (_, i) =>
      doc(`Organization ${i}`, FILLER.repeat(8) + (i % 500 === 0 ? ' Rare keyword here.' : '')),
    )
    const expected = docs
      .filter((_, i) => i % 500 === 0)
      .map((d) => d.title)
      .sort((a, b) => a.localeCompare(b))
    expect(rankDocuments(docs, ['rare', 'keyword']).map((r) => r.doc.title)).toEqual(expected)
    // A part of a word still matches, and a word every record has returns them all.
    expect(rankDocuments(docs, ['keywor'])).toHaveLength(10)
    expect(rankDocuments(docs, ['expo'])).toHaveLength(5_000)
    expect(rankDocuments(docs, ['rare', 'absent'])).toEqual([])
  })

  it('answers a repeated query from its kept ranking, the same in any word order, and a new index afresh', () => {
    const docs = Array.from({ length: 300 }, (_, i) =>
      doc(`Firm ${i}`, `${i % 3 === 0 ? 'robotics ' : ''}${i % 5 === 0 ? 'logistics ' : ''}${FILLER}`),
    )
    const titles = (terms: string[], index = docs) =>
      rankDocuments(index, terms).map((r) => `${r.doc.title}:${r.score}`)
    const first = titles(['robotics', 'logistics'])
    expect(first).toHaveLength(20) // i divisible by 15
    expect(titles(['logistics', 'robotics'])).toEqual(first)
    // Many other queries push it out of what is kept; ranking it again gives the same answer.
    for (let i = 0; i < 100; i++) titles([`firm${i}`, 'expo'])
    expect(titles(['robotics', 'logistics'])).toEqual(first)
    // After a content change the index is a new list: nothing kept from the old one applies.
    const changed = docs.map((d, i) => (i === 15 ? doc('Firm 15', 'Now only logistics.') : d))
    expect(titles(['robotics', 'logistics'], changed)).toHaveLength(19)
    expect(titles(['logistics'], changed)).toContain('Firm 15:2')
  })
})

describe('search snippets', () => {
  it('shows the passage around the match without cutting words in half, and marks the match', () => {
    const long = `${FILLER.repeat(3)}The Singapore pavilion opened on the second day. ${FILLER.repeat(3)}`
    const snippet = buildSnippet(doc('Pavilions', long), ['singapore'])
    const text = snippet.map((p) => p.text).join('')
    expect(text.startsWith('…')).toBe(true)
    expect(text).toMatch(/^…[A-Za-z]/)
    expect(text).toMatch(/[A-Za-z.,]…$/)
    const words = (t: string) => t.match(/[A-Za-z]+/g) ?? []
    const [firstWord] = words(text)
    const lastWord = words(text).at(-1)
    expect(words(long)).toContain(firstWord)
    expect(words(long)).toContain(lastWord)
    expect(snippet.filter((p) => p.match).map((p) => p.text)).toEqual(['Singapore'])
  })

  it('quotes the passage that matches most of the query', () => {
    const field = (name: 'hosts' | 'venue', text: string, weight: number) => ({
      name,
      text,
      lower: text.toLowerCase(),
      weight,
    })
    const edition: SearchDocument = {
      ...doc('Expo 2019', ''),
      fields: [
        field('hosts', 'Ministry of Science, Chongqing Municipal Government', 3),
        field('venue', 'Chongqing International Expo Center, Chongqing', 2),
      ],
    }
    const text = buildSnippet(edition, ['chongqing', 'international', 'expo', 'center'])
      .map((p) => p.text)
      .join('')
    expect(text).toBe('Chongqing International Expo Center, Chongqing')
  })

  it('opens the text, unmarked, when only the title matched', () => {
    const snippet = buildSnippet(doc('Huawei', 'A technology company from Shenzhen.'), ['huawei'])
    expect(snippet).toEqual([{ text: 'A technology company from Shenzhen.', match: false }])
    // The summary, not a list of host names, is what opens an edition.
    const field = (name: 'hosts' | 'summary', text: string, weight: number) => ({
      name,
      text,
      lower: text.toLowerCase(),
      weight,
    })
    const edition: SearchDocument = {
      ...doc('Expo 2022', ''),
      fields: [field('hosts', 'Huawei, Changan', 3), field('summary', 'Held online.', 1.5)],
    }
    expect(buildSnippet(edition, ['expo'])).toEqual([{ text: 'Held online.', match: false }])
  })

  it('marks a matched phrase as one piece', () => {
    expect(
      highlightTerms('At the Chongqing  International Expo, Chongqing', ['chongqing', 'international', 'expo']),
    ).toEqual([
      { text: 'At the ', match: false },
      { text: 'Chongqing  International Expo', match: true },
      { text: ', ', match: false },
      { text: 'Chongqing', match: true },
    ])
  })

  it('prefers a passage of text to repeating the title', () => {
    const snippet = buildSnippet(doc('Huawei', 'Huawei showed cloud services at the expo.'), ['huawei'])
    expect(snippet.map((p) => p.text).join('')).toBe('Huawei showed cloud services at the expo.')
  })
})

describe('result pages', () => {
  it('offers the first, the last and the pages around the current one, marking what is left out', () => {
    expect(pageWindow(1, 1)).toEqual([1])
    expect(pageWindow(1, 5)).toEqual([1, 2, 3, 4, 5])
    expect(pageWindow(1, 290)).toEqual([1, 2, 3, null, 290])
    expect(pageWindow(150, 290)).toEqual([1, null, 148, 149, 150, 151, 152, null, 290])
    expect(pageWindow(290, 290)).toEqual([1, null, 288, 289, 290])
    // A gap of one page shows that page rather than an ellipsis standing for it.
    expect(pageWindow(5, 10)).toEqual([1, 2, 3, 4, 5, 6, 7, null, 10])
    expect(pageWindow(4, 7)).toEqual([1, 2, 3, 4, 5, 6, 7])
  })
})
