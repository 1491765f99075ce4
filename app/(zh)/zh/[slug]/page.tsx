import type { Metadata } from 'next'

import { CmsPageView, cmsPageMetadata } from '@/components/site/views/CmsPageView'
import { getPages } from '@/site/content'

export const dynamicParams = true

type Props = { params: Promise<{ slug: string }> }

export async function generateStaticParams() {
  return (await getPages('zh')).map((p) => ({ slug: p.slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return cmsPageMetadata((await params).slug, 'zh')
}

export default async function ChineseCmsPage({ params }: Props) {
  return <CmsPageView slug={(await params).slug} locale="zh" />
}
