import { EditionsView, editionsMetadata } from '@/components/site/views/EditionsView'

export const metadata = editionsMetadata('zh')

export default function ChineseEditionsPage() {
  return <EditionsView locale="zh" />
}
