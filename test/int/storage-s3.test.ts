import fs from 'node:fs'

import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startFakeS3 } from '../helpers/fakeS3'
import { testPayload } from '../helpers/payload'
import { rest } from '../helpers/rest'

// With S3_BUCKET set, uploads go to the bucket and are served from it, nothing to local disk.
// The endpoint is a loopback stand-in (test/helpers/fakeS3.ts): no S3-style server exists here.

const s3 = await startFakeS3()
Object.assign(process.env, {
  S3_BUCKET: 'expo-archive-test',
  S3_REGION: 'us-east-1',
  S3_ENDPOINT: s3.endpoint,
  S3_ACCESS_KEY_ID: 'test-key',
  S3_SECRET_ACCESS_KEY: 'test-secret',
})

let payload: Payload
beforeAll(async () => {
  payload = await testPayload()
})
afterAll(() => s3.close())

describe('media on S3-style storage (S3_BUCKET set)', () => {
  it('hands the media and evidence collections to the S3 adapter instead of local disk', () => {
    for (const slug of ['media', 'takedown-evidence'] as const) {
      const upload = payload.collections[slug].config.upload
      expect(upload.disableLocalStorage, slug).toBe(true)
      expect(upload.handlers?.length, slug).toBeGreaterThan(0)
    }
  })

  it('writes an uploaded image to the bucket under media/, not to MEDIA_DIR, and serves it back', async () => {
    const png = await sharp({ create: { width: 4, height: 3, channels: 3, background: '#0b5a8a' } })
      .png()
      .toBuffer()
    const doc = await payload.create({
      collection: 'media',
      data: { alt: 'A test square' },
      file: { data: png, mimetype: 'image/png', name: 'square.png', size: png.length },
    })
    expect(doc.filename).toBe('square.png')
    const stored = s3.objects.get('/expo-archive-test/media/square.png')
    expect(stored?.type).toBe('image/png')
    expect(stored?.body.subarray(0, 8)).toEqual(png.subarray(0, 8))
    expect(fs.existsSync(process.env.MEDIA_DIR!) ? fs.readdirSync(process.env.MEDIA_DIR!) : []).toEqual([])

    const served = await rest('GET', '/media/file/square.png')
    expect(served.status).toBe(200)
    expect(s3.requests).toContain('GET /expo-archive-test/media/square.png')
  })
})
