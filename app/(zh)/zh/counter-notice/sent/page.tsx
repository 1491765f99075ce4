import {
  CounterNoticeSentView,
  counterNoticeSentMetadata,
} from '../../../../(frontend)/counter-notice/CounterNoticeView'

export const metadata = counterNoticeSentMetadata('zh')
export const dynamic = 'force-dynamic'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default function Page({ searchParams }: Props) {
  return <CounterNoticeSentView searchParams={searchParams} locale="zh" />
}
