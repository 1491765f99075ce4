import { CounterNoticeSentView, counterNoticeSentMetadata } from '../CounterNoticeView'

export const metadata = counterNoticeSentMetadata('en')
export const dynamic = 'force-dynamic'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default function CounterNoticeSentPage({ searchParams }: Props) {
  return <CounterNoticeSentView searchParams={searchParams} locale="en" />
}
