import { RemovalView, removalMetadata } from './RemovalView'

export const metadata = removalMetadata('en')
export const dynamic = 'force-dynamic'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default function Page({ searchParams }: Props) {
  return <RemovalView searchParams={searchParams} locale="en" />
}
