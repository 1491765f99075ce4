import { RemovalView, removalMetadata } from '../../../(frontend)/removal-request/RemovalView'

export const metadata = removalMetadata('zh')
export const dynamic = 'force-dynamic'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default function Page({ searchParams }: Props) {
  return <RemovalView searchParams={searchParams} locale="zh" />
}
