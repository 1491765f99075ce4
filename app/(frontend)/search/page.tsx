import type { Metadata } from 'next'

import { SearchView, searchMetadata, type SearchParams } from '@/components/site/views/SearchView'

type Props = { searchParams: SearchParams }

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return searchMetadata(searchParams, 'en')
}

export default function SearchPage({ searchParams }: Props) {
  return <SearchView searchParams={searchParams} locale="en" />
}
