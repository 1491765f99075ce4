import {
  CounterNoticeSentView,
  counterNoticeSentMetadata,
} from '../../../../(frontend)/counter-notice/CounterNoticeView'

export const metadata = counterNoticeSentMetadata('zh')

export default function Page() {
  return <CounterNoticeSentView locale="zh" />
}
