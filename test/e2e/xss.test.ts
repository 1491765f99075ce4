import { beforeAll, describe, expect, inject, it } from 'vitest'

import { Api, getText } from './api'

// Script and HTML payloads stored in every text and rich-text field an editor can fill must come
// out of the real, built site escaped: visible as text, never as markup.

const baseUrl = inject('baseUrl')
const api = new Api(baseUrl)
const PAYLOADS = [
  '<script>alert("xss-1")</script>',
  '"><img src=x onerror=alert("xss-2")>',
  "'><svg/onload=alert('xss-3')>",
  '</title><script>alert("xss-4")</script>',
]
const text = (i: number, field: string) => `${field} ${PAYLOADS[i % PAYLOADS.length]}`
/** A raw tag or handler from the payloads anywhere in the page means it was rendered as markup. */
const RAW = [/<script>alert\("xss/, /<img src=x onerror/, /<svg\/onload/, /<\/title><script>/]

const richText = (words: string) => ({
  root: {
    type: 'root',
    format: '',
    indent: 0,
    version: 1,
    direction: 'ltr',
    children: [
      {
        type: 'paragraph',
        format: '',
        indent: 0,
        version: 1,
        direction: 'ltr',
        textFormat: 0,
        children: [{ type: 'text', text: words, format: 0, detail: 0, mode: 'normal', style: '', version: 1 }],
      },
    ],
  },
})

let orgSlug = ''
beforeAll(async () => {
  await api.signIn()
  const org = await api.request('POST', 'organizations', {
    name: text(0, 'Org'),
    slug: 'xss-probe-org',
    kind: 'other',
    country: text(1, 'Country'),
    description: text(2, 'Description'),
    _status: 'published',
  })
  orgSlug = org.doc.slug
  await api.request('POST', 'editions', {
    year: 2041,
    title: text(0, 'Title'),
    slug: 'xss-probe-2041',
    startDate: '2041-05-01',
    format: 'offline',
    city: text(1, 'City'),
    venue: text(2, 'Venue'),
    theme: text(3, 'Theme'),
    annualTheme: text(0, 'Annual'),
    hosts: [{ organization: org.doc.id, role: 'host' }],
    concurrentEvents: [
      { name: text(1, 'Event'), location: text(2, 'Location'), description: text(3, 'EventDescription') },
    ],
    activities: [{ name: text(0, 'Activity') }],
    _status: 'published',
  })
  await api.request('POST', 'pages', {
    title: text(1, 'PageTitle'),
    slug: 'xss-probe-page',
    description: text(2, 'PageDescription'),
    body: richText(text(3, 'Body')),
    _status: 'published',
  })
})

describe('stored markup renders inert', () => {
  for (const path of [
    '/editions/2041',
    '/editions',
    '/organizations/xss-probe-org',
    '/organizations',
    '/xss-probe-page',
    '/search?q=Title',
    '/',
  ]) {
    it(`${path} shows the payloads as text`, async () => {
      const page = await getText(
        `${baseUrl}${path === '/organizations/xss-probe-org' ? `/organizations/${orgSlug}` : path}`,
      )
      expect(page.status).toBe(200)
      for (const raw of RAW) expect(page.text, `${raw} in ${path}`).not.toMatch(raw)
      // The probe is on every one of these pages (the home page lists every edition and its theme), escaped.
      expect(page.text).toMatch(/&lt;(script|img|svg|\/title)/)
    })
  }

  it('refuses a javascript: link where a URL is expected', async () => {
    await expect(
      api.request('POST', 'organizations', {
        name: 'Bad link',
        slug: 'bad-link',
        kind: 'other',
        website: 'javascript:alert(1)',
      }),
    ).rejects.toThrow(/400/)
  })
})
