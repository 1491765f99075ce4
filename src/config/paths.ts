import path from 'node:path'

/** Where uploaded files live: beside the embedded database by default, outside the repository. */
export function mediaDir(): string {
  return path.resolve(process.cwd(), process.env.MEDIA_DIR || 'data/media')
}
