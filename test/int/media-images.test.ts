import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import sharp from 'sharp'
import { beforeAll, describe, expect, it, vi } from 'vitest'

import { RichTextContent } from '../../src/components/site/RichTextContent'
import { richText, upload } from '../../src/seed/lexical'
import { getPage } from '../../src/site/content'
import { testPayload } from '../helpers/payload'

// Images republished from elsewhere: the upload makes smaller copies with sharp, and wherever
// the site shows an image it offers them as a srcset and names the author and rights holder.
vi.mock('next/cache', () => import('../helpers/nextCacheOff'))

let payload: Payload
let mediaId: number

async function jpeg(width: number, height: number) {
  const data = await sharp({ create: { width, height, channels: 3, background: '#a05a2c' } })
    .jpeg()
    .toBuffer()
  return { data, mimetype: 'image/jpeg', name: `venue-${width}.jpg`, size: data.length }
}

beforeAll(async () => {
  payload = await testPayload()
  const media = await payload.create({
    collection: 'media',
    locale: 'en',
    data: {
      alt: 'The expo hall at night',
      credit: 'Li Wei',
      rightsHolder: 'Chongqing Daily',
      source: 'https://example.org/photo',
      focalX: 30,
      focalY: 60,
    },
    file: await jpeg(2000, 1200),
  })
  mediaId = media.id
  await payload.update({
    collection: 'media',
    id: mediaId,
    locale: 'zh',
    data: { alt: '夜间的展馆', credit: '李伟', rightsHolder: '重庆日报' },
  })
})

describe('uploading an image', () => {
  it('makes the 400, 800 and 1600 pixel copies on disk, keeping the aspect ratio', async () => {
    const media = await payload.findByID({ collection: 'media', id: mediaId })
    expect(media.sizes?.thumbnail?.width).toBe(400)
    expect(media.sizes?.medium?.width).toBe(800)
    expect(media.sizes?.large?.width).toBe(1600)
    expect(media.sizes?.large?.height).toBe(960)
    for (const size of [media.sizes?.thumbnail, media.sizes?.medium, media.sizes?.large]) {
      expect(fs.existsSync(path.join(process.env.MEDIA_DIR!, size!.filename!))).toBe(true)
    }
    expect(media.focalX).toBe(30)
  })

  it('never enlarges a small image into a bigger copy', async () => {
    const small = await payload.create({
      collection: 'media',
      data: { alt: 'A small badge' },
      file: await jpeg(500, 300),
    })
    expect(small.sizes?.thumbnail?.width).toBe(400)
    expect(small.sizes?.medium?.url ?? null).toBeNull()
    expect(small.sizes?.large?.url ?? null).toBeNull()
  })

  it('keeps credit and rights holder per language', async () => {
    const all = (await payload.findByID({ collection: 'media', id: mediaId, locale: 'all' })) as unknown as {
      credit: Record<string, string>
      rightsHolder: Record<string, string>
    }
    expect(all.credit).toEqual({ en: 'Li Wei', zh: '李伟' })
    expect(all.rightsHolder).toEqual({ en: 'Chongqing Daily', zh: '重庆日报' })
  })
})

describe('an image in a published page', () => {
  it('renders an <img> with a srcset of the sizes and the credit under it, in each language', async () => {
    await payload.create({
      collection: 'pages',
      data: {
        title: 'Gallery',
        slug: 'gallery',
        body: richText('The hall, seen from the river.', upload(mediaId)),
        _status: 'published',
      },
    })
    const page = await getPage('gallery', 'en')
    const html = renderToStaticMarkup(createElement(RichTextContent, { data: page!.body, locale: 'en' }))
    const srcset = html.match(/srcSet="([^"]+)"/i)?.[1] ?? ''
    expect(srcset).toMatch(/-400x240\.jpg 400w/)
    expect(srcset).toMatch(/-800x480\.jpg 800w/)
    expect(srcset).toMatch(/-1600x960\.jpg 1600w/)
    expect(srcset).toMatch(/venue-2000\.jpg 2000w/)
    expect(html).toMatch(
      /<figure[^>]*><img[^>]*alt="The expo hall at night"[^>]*\/?><figcaption[^>]*>Photo: Li Wei · Rights: Chongqing Daily/,
    )
    expect(html).toContain('object-position:30% 60%')

    const zhPage = await getPage('gallery', 'zh')
    const zhHtml = renderToStaticMarkup(createElement(RichTextContent, { data: zhPage!.body, locale: 'zh' }))
    expect(zhHtml).toContain('图片: 李伟 · 版权: 重庆日报')
    expect(zhHtml).toContain('alt="夜间的展馆"')
  })

  it('leaves out an image the public may not read (a bare id after an access-checked read)', () => {
    const html = renderToStaticMarkup(
      createElement(RichTextContent, { data: richText('Text stays.', upload(mediaId)), locale: 'en' }),
    )
    expect(html).toContain('Text stays.')
    expect(html).not.toContain('<img')
  })
})
