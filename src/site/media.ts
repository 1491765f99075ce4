import type { Media } from '../payload-types'
import { IMAGE_SIZES } from './imageSizes'

/** An image as the public site shows it: the file, its smaller copies, and who to credit. */
export type SiteImage = {
  src: string
  srcSet: string
  sizes: string
  width: number | null
  height: number | null
  alt: string
  credit: string | null
  rightsHolder: string | null
  sourceUrl: string | null
  /** CSS object-position from the editor's focal point, so a cropped frame keeps the subject. */
  objectPosition: string
}

/** Width the image takes in the page column (globals.css caps the content at about 46rem). */
const COLUMN_SIZES = '(min-width: 48rem) 46rem, 100vw'

/**
 * A populated media document to what the page renders; null for anything the public may not
 * see (a hidden file comes back as a bare id from a read without access) or that is not an image.
 */
export function toSiteImage(value: unknown): SiteImage | null {
  if (!value || typeof value !== 'object') return null
  const doc = value as Media
  if (!doc.url || !doc.mimeType?.startsWith('image/')) return null
  const sizes = (doc.sizes ?? {}) as Record<string, { url?: string | null; width?: number | null } | undefined>
  const candidates = IMAGE_SIZES.flatMap(({ name }) => {
    const size = sizes[name]
    return size?.url && size.width ? [`${size.url} ${size.width}w`] : []
  })
  if (doc.width) candidates.push(`${doc.url} ${doc.width}w`)
  return {
    src: doc.url,
    srcSet: [...new Set(candidates)].join(', '),
    sizes: COLUMN_SIZES,
    width: doc.width ?? null,
    height: doc.height ?? null,
    alt: doc.alt ?? '',
    credit: doc.credit?.trim() || null,
    rightsHolder: doc.rightsHolder?.trim() || null,
    sourceUrl: doc.source ?? null,
    objectPosition: `${doc.focalX ?? 50}% ${doc.focalY ?? 50}%`,
  }
}
