import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { CmsPageArticle } from './CmsPageView'
import { EditionArticle } from './EditionView'
import { LivePreviewRefresh } from '@/components/site/LivePreviewRefresh'
import type { Locale } from '@/site/locales'
import { getEditionDraft, getPageDraft, isPreviewCollection } from '@/site/preview'

export const previewMetadata: Metadata = { title: 'Preview', robots: { index: false, follow: false } }

/**
 * A draft rendered by the public page's own view, for the signed-in editor in the admin's
 * live preview. Anyone else gets the site's 404: drafts are never shown to visitors.
 */
export async function PreviewView({ collection, id, locale }: { collection: string; id: string; locale: Locale }) {
  if (!isPreviewCollection(collection) || !/^[\w-]{1,64}$/.test(id)) notFound()
  const article = collection === 'editions' ? await editionArticle(id, locale) : await pageArticle(id, locale)
  if (!article) notFound()
  return (
    <>
      <LivePreviewRefresh />
      {article}
    </>
  )
}

async function editionArticle(id: string, locale: Locale) {
  const edition = await getEditionDraft(id, locale)
  return edition && <EditionArticle edition={edition} locale={locale} />
}

async function pageArticle(id: string, locale: Locale) {
  const page = await getPageDraft(id, locale)
  return page && <CmsPageArticle page={page} locale={locale} />
}
