import { ConfirmView, confirmMetadata } from '../../../../(frontend)/removal-request/RemovalView'

export const metadata = confirmMetadata('zh')
export const dynamic = 'force-dynamic'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default function Page({ searchParams }: Props) {
  return <ConfirmView searchParams={searchParams} locale="zh" />
}
