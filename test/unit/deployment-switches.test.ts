import type { Payload } from 'payload'
import { describe, expect, it } from 'vitest'

import { jobsAutoRunEnabled } from '../../src/config/jobs'
import { s3Settings } from '../../src/config/storage'
import { startJobCrons } from '../../src/jobs'

// The switches for running several instances, in their default (one server) position: this
// process has no S3_BUCKET, REDIS_URL or JOBS_AUTORUN. test/int/storage-s3.test.ts and
// test/scale cover them switched on.

delete process.env.S3_BUCKET
delete process.env.JOBS_AUTORUN

const config = await (await import('../../payload.config')).default

describe('without S3_BUCKET uploads stay on local disk', () => {
  it('leaves media and evidence to Payload’s local storage, with the storage columns present', () => {
    for (const slug of ['media', 'takedown-evidence']) {
      const collection = config.collections.find((c) => c.slug === slug)!
      expect(collection.upload.disableLocalStorage, slug).toBeFalsy()
      expect(collection.upload.handlers ?? [], slug).toEqual([])
      // Same schema as with S3 on, so switching never needs a migration.
      expect(
        collection.fields.map((f) => ('name' in f ? f.name : '')),
        slug,
      ).toEqual(expect.arrayContaining(['prefix', '_objectKey']))
    }
  })

  it('reads the S3 settings only when complete', () => {
    expect(s3Settings({})).toBeNull()
    expect(() => s3Settings({ S3_BUCKET: 'b' })).toThrow(/S3_REGION/)
    expect(() => s3Settings({ S3_BUCKET: 'b', S3_REGION: 'r', S3_ACCESS_KEY_ID: 'k' })).toThrow(/S3_SECRET_ACCESS_KEY/)
    expect(s3Settings({ S3_BUCKET: 'b', S3_REGION: 'r', S3_ENDPOINT: 'http://minio:9000' })).toMatchObject({
      forcePathStyle: true,
      accessKeyId: undefined,
    })
    expect(s3Settings({ S3_BUCKET: 'b', S3_REGION: 'eu-west-1' })).toMatchObject({
      forcePathStyle: false,
      endpoint: undefined,
    })
  })
})

describe('JOBS_AUTORUN', () => {
  it('lets every instance run the job crons unless told not to', async () => {
    expect(jobsAutoRunEnabled({})).toBe(true)
    // …except in a test worker, which runs the queue itself, unless told to
    expect(jobsAutoRunEnabled({ VITEST: 'true' })).toBe(false)
    expect(jobsAutoRunEnabled({ VITEST: 'true', JOBS_AUTORUN: 'true' })).toBe(true)
    expect(jobsAutoRunEnabled({ JOBS_AUTORUN: 'true' })).toBe(true)
    for (const off of ['false', 'FALSE', '0', 'no', 'off'])
      expect(jobsAutoRunEnabled({ JOBS_AUTORUN: off }), off).toBe(false)
  })

  it('is what Payload asks before each cron tick', async () => {
    const shouldAutoRun = config.jobs.shouldAutoRun!
    process.env.JOBS_AUTORUN = 'true'
    try {
      expect(await shouldAutoRun({} as Payload)).toBe(true)
      process.env.JOBS_AUTORUN = 'false'
      expect(await shouldAutoRun({} as Payload)).toBe(false)
    } finally {
      delete process.env.JOBS_AUTORUN
    }
  })

  it('starts the takedown queue’s cron in the server only, and its tick runs the queue', async () => {
    const ran: string[] = []
    const fake = () =>
      ({
        crons: [] as { stop: () => void; trigger: () => Promise<void>; nextRun: () => Date | null }[],
        logger: { error: () => undefined },
        jobs: {
          handleSchedules: async ({ queue }: { queue: string }) => void ran.push(`schedules:${queue}`),
          run: async ({ queue }: { queue: string }) => void ran.push(`run:${queue}`),
        },
      }) as unknown as Payload
    const saved = { ...process.env }
    try {
      delete process.env.NEXT_RUNTIME // a command-line script: no cron
      const script = fake()
      startJobCrons(script)
      expect(script.crons).toHaveLength(0)

      process.env.NEXT_RUNTIME = 'nodejs'
      process.env.JOBS_AUTORUN = 'false' // a second instance: no cron
      const second = fake()
      startJobCrons(second)
      expect(second.crons).toHaveLength(0)

      process.env.JOBS_AUTORUN = 'true'
      const server = fake()
      startJobCrons(server)
      expect(server.crons).toHaveLength(1)
      const [cron] = server.crons
      expect(cron.nextRun()!.getTime() - Date.now()).toBeLessThanOrEqual(60_000)
      await cron.trigger()
      expect(ran).toEqual(['schedules:takedown', 'run:takedown'])
      cron.stop()
    } finally {
      process.env = saved
    }
  })
})
