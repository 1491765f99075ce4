import path from 'node:path'

import { env } from './env'

/** Where uploaded files live: beside the embedded database by default, outside the repository. */
export function mediaDir(): string {
  return path.resolve(process.cwd(), env().MEDIA_DIR || 'data/media')
}

/** Files sent with removal notices: beside the media folder, never inside it (not for publication). */
export function evidenceDir(): string {
  return path.resolve(env().EVIDENCE_DIR || path.join(path.dirname(mediaDir()), 'evidence'))
}
