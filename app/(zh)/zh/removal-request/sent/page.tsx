import { RemovalSentView, removalSentMetadata } from '../../../../(frontend)/removal-request/RemovalView'

export const metadata = removalSentMetadata('zh')

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default function Page({ searchParams }: Props) {
  return <RemovalSentView searchParams={searchParams} locale="zh" />
}
