import type { Metadata } from 'next'

import { EditionView, editionMetadata } from '@/components/site/views/EditionView'
import { getEditions } from '@/site/content'

export const dynamicParams = true

type Props = { params: Promise<{ year: string }> }

export async function generateStaticParams() {
  return (await getEditions('zh')).map((e) => ({ year: String(e.year) }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return editionMetadata((await params).year, 'zh')
}

export default async function ChineseEditionPage({ params }: Props) {
  return <EditionView year={(await params).year} locale="zh" />
}
