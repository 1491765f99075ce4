import { NotFoundView } from '@/components/site/views/NotFoundView'

export default function ChineseNotFound() {
  return <NotFoundView locale="zh" />
}
