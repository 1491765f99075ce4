import { CounterNoticeView, counterNoticeMetadata } from './CounterNoticeView'

export const metadata = counterNoticeMetadata('en')
export const dynamic = 'force-dynamic'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default function CounterNoticePage({ searchParams }: Props) {
  return <CounterNoticeView searchParams={searchParams} locale="en" />
}
