import type { RootLivePreviewConfig } from 'payload'

import { siteUrl } from './siteUrl'
import { CONTENT_LOCALES, DEFAULT_LOCALE, localizePath, type Locale } from '../site/locales'
import { isPreviewCollection, PREVIEW_COLLECTIONS, routes } from '../site/routes'

/**
 * The admin's live preview: beside the edit form, a frame showing the document as the site
 * renders it (app/(frontend)/preview, the public page's own view reading the latest draft).
 * An absolute URL, because the admin posts "saved" messages to that origin.
 */
export const livePreview: RootLivePreviewConfig = {
  collections: [...PREVIEW_COLLECTIONS],
  url: ({ collectionConfig, data, locale }) => {
    const slug = collectionConfig?.slug
    if (!slug || !isPreviewCollection(slug) || !data?.id) return null
    const code = (CONTENT_LOCALES.find((l) => l.code === locale?.code)?.code ?? DEFAULT_LOCALE) as Locale
    return `${siteUrl()}${localizePath(routes.preview(slug, data.id), code)}`
  },
  breakpoints: [
    { label: 'Phone', name: 'phone', width: 390, height: 844 },
    { label: 'Tablet', name: 'tablet', width: 820, height: 1180 },
    { label: 'Desktop', name: 'desktop', width: 1280, height: 900 },
  ],
}
