import { s3Storage } from '@payloadcms/storage-s3'
import type { Plugin } from 'payload'

import { readEnv } from './env'

/** Settings for S3-style object storage, read from the environment; null when S3_BUCKET is unset. */
export type S3Settings = {
  bucket: string
  region: string
  endpoint?: string
  accessKeyId?: string
  secretAccessKey?: string
  forcePathStyle: boolean
}

export function s3Settings(source?: Record<string, string | undefined>): S3Settings | null {
  const env = readEnv(source)
  const bucket = env.S3_BUCKET?.trim()
  if (!bucket) return null
  const region = env.S3_REGION?.trim()
  if (!region)
    throw new Error(
      'S3_BUCKET is set but S3_REGION is not: set the bucket’s region (any value, e.g. us-east-1, for MinIO).',
    )
  const accessKeyId = env.S3_ACCESS_KEY_ID?.trim() || undefined
  const secretAccessKey = env.S3_SECRET_ACCESS_KEY?.trim() || undefined
  if (Boolean(accessKeyId) !== Boolean(secretAccessKey)) {
    throw new Error(
      'Set both S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY, or neither (the AWS default credentials are then used).',
    )
  }
  const endpoint = env.S3_ENDPOINT?.trim() || undefined
  // Most S3-compatible servers (MinIO, Ceph, Garage) want bucket names in the path, not the host name.
  const forcePathStyle = env.S3_FORCE_PATH_STYLE ?? Boolean(endpoint)
  return { bucket, region, endpoint, accessKeyId, secretAccessKey, forcePathStyle }
}

/**
 * Uploads (published media, and the staff-only evidence of removal notices) go to an S3 bucket
 * when S3_BUCKET is set, so every server instance reads the same files; otherwise to local disk
 * (MEDIA_DIR), as on one server. Files are still served through Payload's /api/<collection>/file
 * routes, so read access (evidence: staff only) and the takedown 410 apply to them unchanged;
 * the bucket itself stays private.
 *
 * The plugin is always installed, switched off without S3_BUCKET, with `alwaysInsertFields`:
 * the columns it needs (prefix, object key) exist either way, so the committed migrations fit
 * both settings and switching storage never changes the database schema.
 */
export function storagePlugins(source?: Record<string, string | undefined>): Plugin[] {
  const s3 = s3Settings(source)
  return [
    s3Storage({
      enabled: Boolean(s3),
      alwaysInsertFields: true,
      collections: { media: { prefix: 'media' }, 'takedown-evidence': { prefix: 'evidence' } },
      bucket: s3?.bucket ?? '',
      config: s3
        ? {
            region: s3.region,
            endpoint: s3.endpoint,
            forcePathStyle: s3.forcePathStyle,
            credentials:
              s3.accessKeyId && s3.secretAccessKey
                ? { accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey }
                : undefined,
          }
        : {},
    }),
  ]
}
