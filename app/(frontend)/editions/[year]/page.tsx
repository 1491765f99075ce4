import type { Metadata } from 'next'

import { EditionView, editionMetadata } from '@/components/site/views/EditionView'
import { getEditions } from '@/site/content'

// Known ones are built ahead; an edition published after the build renders on first visit and is then cached like the rest.
export const dynamicParams = true

type Props = { params: Promise<{ year: string }> }

export async function generateStaticParams() {
  return (await getEditions()).map((e) => ({ year: String(e.year) }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return editionMetadata((await params).year, 'en')
}

export default async function EditionPage({ params }: Props) {
  return <EditionView year={(await params).year} locale="en" />
}
