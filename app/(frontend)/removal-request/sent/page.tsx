import { RemovalSentView, removalSentMetadata } from '../RemovalView'

export const metadata = removalSentMetadata('en')

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default function Page({ searchParams }: Props) {
  return <RemovalSentView searchParams={searchParams} locale="en" />
}
