import { CounterNoticeSentView, counterNoticeSentMetadata } from '../CounterNoticeView'

export const metadata = counterNoticeSentMetadata('en')

export default function CounterNoticeSentPage() {
  return <CounterNoticeSentView locale="en" />
}
