import type { Metadata } from 'next'

import { CmsPageView, cmsPageMetadata } from '@/components/site/views/CmsPageView'
import { getPages } from '@/site/content'

// Known ones are built ahead; a page published after the build renders on first visit and is then cached like the rest.
export const dynamicParams = true

type Props = { params: Promise<{ slug: string }> }

export async function generateStaticParams() {
  return (await getPages()).map((p) => ({ slug: p.slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return cmsPageMetadata((await params).slug, 'en')
}

export default async function CmsPage({ params }: Props) {
  return <CmsPageView slug={(await params).slug} locale="en" />
}
