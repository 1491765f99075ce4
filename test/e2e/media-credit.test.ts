import sharp from 'sharp'
import { beforeAll, describe, expect, inject, it } from 'vitest'

import { Api } from './api'
import { richText, upload } from '../../src/seed/lexical'

// An image as visitors get it from the built site: a srcset of the copies made at upload, and
// the credit and rights holder printed under it.

const baseUrl = inject('baseUrl')
const api = new Api(baseUrl)
let token: string

beforeAll(async () => {
  await api.signIn()
  const res = await fetch(`${baseUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: 'e2e-admin@example.test', password: 'e2e-admin-password-1' }),
  })
  token = (await res.json()).token
})

async function uploadImage() {
  const image = await sharp({ create: { width: 1800, height: 1200, channels: 3, background: '#2c6ea0' } })
    .jpeg()
    .toBuffer()
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(image)], { type: 'image/jpeg' }), 'river-view.jpg')
  form.append(
    '_payload',
    JSON.stringify({
      alt: 'The river seen from the expo centre',
      credit: 'Zhang Min',
      rightsHolder: 'Xinhua News Agency',
      source: 'https://example.org/river',
    }),
  )
  const res = await fetch(`${baseUrl}/api/media`, {
    method: 'POST',
    headers: { Authorization: `JWT ${token}` },
    body: form,
  })
  expect(res.status).toBe(201)
  return (await res.json()).doc
}

describe('an image on a public page', () => {
  it('has a srcset of the generated sizes and its credit underneath', async () => {
    const media = await uploadImage()
    expect(Object.keys(media.sizes)).toEqual(expect.arrayContaining(['thumbnail', 'medium', 'large']))
    await api.request('POST', 'pages', {
      title: 'River views',
      slug: 'river-views',
      body: richText('Seen from the bank.', upload(media.id)),
      _status: 'published',
    })
    const res = await fetch(`${baseUrl}/river-views`)
    expect(res.status).toBe(200)
    // React separates adjacent text in server HTML with empty comments.
    const html = (await res.text()).replaceAll('<!-- -->', '')
    const img = html.match(/<img[^>]*alt="The river seen from the expo centre"[^>]*>/)?.[0] ?? ''
    expect(img).toMatch(
      /srcSet="[^"]*river-view-400x267\.jpg 400w, [^"]*river-view-800x533\.jpg 800w, [^"]*river-view-1600x1067\.jpg 1600w, [^"]*river-view\.jpg 1800w"/i,
    )
    expect(html).toMatch(
      /<figcaption[^>]*>Photo: Zhang Min · Rights: Xinhua News Agency · <a href="https:\/\/example.org\/river"/,
    )
    const size = await fetch(`${baseUrl}${new URL(media.sizes.medium.url, baseUrl).pathname}`)
    expect(size.status).toBe(200)
    expect(size.headers.get('content-type')).toBe('image/jpeg')
  })
})

describe("Next's image optimizer", () => {
  // Outside probe (issue 19): /_next/image kept its own copy of an upload, served after the media
  // was deleted and past the 410 gate for removed images. The site never uses next/image.
  it('serves no upload, before or after it is deleted', async () => {
    const media = await uploadImage()
    const file = new URL(media.url, baseUrl).pathname
    expect((await fetch(`${baseUrl}${file}`)).status).toBe(200)
    const optimized = `${baseUrl}/_next/image?url=${encodeURIComponent(file)}&w=64&q=75`
    const before = await fetch(optimized)
    expect(before.status).toBeGreaterThanOrEqual(400)
    expect(before.headers.get('content-type') ?? '').not.toMatch(/^image\//)
    await api.request('DELETE', `media/${media.id}`)
    expect((await fetch(`${baseUrl}${file}`)).status).toBeGreaterThanOrEqual(400)
    const after = await fetch(optimized)
    expect(after.status).toBeGreaterThanOrEqual(400)
    expect(after.headers.get('content-type') ?? '').not.toMatch(/^image\//)
  })
})
