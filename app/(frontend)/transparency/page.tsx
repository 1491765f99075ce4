import { TransparencyView, transparencyMetadata } from './TransparencyView'

export const metadata = transparencyMetadata('en')
// Figures come from live records; never served from a build-time snapshot.
export const dynamic = 'force-dynamic'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default function TransparencyPage({ searchParams }: Props) {
  return <TransparencyView searchParams={searchParams} locale="en" />
}
