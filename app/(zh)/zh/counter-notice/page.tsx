import { CounterNoticeView, counterNoticeMetadata } from '../../../(frontend)/counter-notice/CounterNoticeView'

export const metadata = counterNoticeMetadata('zh')
export const dynamic = 'force-dynamic'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default function Page({ searchParams }: Props) {
  return <CounterNoticeView searchParams={searchParams} locale="zh" />
}
